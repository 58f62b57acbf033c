#!/usr/bin/env bash
# Issue #23, scenario 4 on one node: the database goes away for 20 seconds under steady requests, and comes back.
#
#   bench/outage.sh
#
# Starts a MariaDB of its own (a fresh data folder under target/bench/outage, port 3307, loopback only), the portal on
# it with the demo data, then asks every 0.4 s, bounded in count: the public /verify/{number} page, the certificate API,
# and readiness on the management interface. After 10 s it kills MariaDB (SIGKILL) and starts it again 20 s later, and
# goes on asking for 40 s more. Passes when, while MariaDB is down, pages and the API answer 503 (never 500 or a
# redirect), readiness says DOWN, and within 30 s of MariaDB's return everything answers 200 again, with no restart of
# WildFly. Writes bench/OUTAGE.md and stops everything it started. About 3 minutes.
source "$(dirname "$0")/lib.sh"

OUT=$WORK/outage
DB_PORT=${OUTAGE_DB_PORT:-3307}
PROBES=$OUT/probes.tsv
MANAGEMENT="http://localhost:$((9990 + OFFSET))"
export PEERCERT_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/peercert?rewriteBatchedStatements=true"
trap 'stop_server; private_db_stop' EXIT

rm -rf "$OUT" && mkdir -p "$OUT"
say "a MariaDB of its own on port $DB_PORT"
private_db_install "$OUT/mariadb" "$DB_PORT"
private_db_start
private_sql -e "CREATE DATABASE peercert CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
build_portal
prepare_server
say "starting the portal on it, with the demo data"
# The probes would soon meet the public lookups' per-address limit (60 a minute); they measure the outage, not it.
start_server /verify.xhtml -Dpeercert.demo.seed=true -Dpeercert.verify.searches-per-minute=1000000 > /dev/null
for _ in $(seq 100); do
    NUMBER=$(private_sql -N peercert -e "SELECT number FROM certificate WHERE status = 'ACTIVE' ORDER BY id LIMIT 1" 2> /dev/null || true)
    [ -n "$NUMBER" ] && break; sleep 0.5
done
[ -n "$NUMBER" ] || { say "no demo certificate was seeded"; exit 1; }
SERVER_PID=$(server_pid)

# probe PHASE: one round of the three requests, a line each: seconds since start, phase, what, status
START=$(now)
probe() {
    local t; t=$(secs "$START" "$(now)")
    printf '%s\t%s\tpage\t%s\n' "$t" "$1" "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$URL/verify/$NUMBER")"
    printf '%s\t%s\tapi\t%s\n' "$t" "$1" "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$URL/api/v1/certificates/$NUMBER")"
    printf '%s\t%s\tready\t%s\n' "$t" "$1" "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$MANAGEMENT/health/ready")"
}
rounds() { probe_rounds probe "$PROBES" "$@"; } # PHASE SECONDS
: > "$PROBES"
say "10 s with MariaDB up"
rounds before 10
say "MariaDB killed (SIGKILL) for 20 s"
kill -9 "$(private_db_pid)"
rounds down 20
say "MariaDB started again"
private_db_start
BACK=$(secs "$START" "$(now)")
rounds after 40

codes() { probe_codes "$PROBES" "$@"; } # PHASE WHAT
first_all_ok() { # seconds after MariaDB's return until the first round in which all three answered 200
    awk -F'\t' -v back="$BACK" '$2 == "after" { ok[$1] += ($4 == 200); n[$1]++ } END { for (t in n) if (ok[t] == n[t] && (best == "" || t + 0 < best + 0)) best = t; if (best == "") print "never"; else printf "%.1f", best - back }' "$PROBES"
}
DOWN_PAGE=$(codes down page) DOWN_API=$(codes down api) DOWN_READY=$(codes down ready)
RECOVERED=$(first_all_ok)
verdict() { [ "$1" = true ] && echo pass || echo FAIL; }
only() { [ -n "$1" ] && [ -z "$(echo "$1" | tr ' ' '\n' | grep -v "^$2×")" ] && echo true || echo false; }
R1=$(verdict "$(only "$DOWN_PAGE" 503)")
R2=$(verdict "$(only "$DOWN_API" 503)")
R3=$(verdict "$(only "$DOWN_READY" 503)")
R4=$(verdict "$([ "$RECOVERED" != never ] && awk -v r="$RECOVERED" 'BEGIN { exit !(r <= 30) }' && echo true || echo false)")
R5=$(verdict "$([ "$(server_pid)" = "$SERVER_PID" ] && echo true || echo false)")
{
    echo "# Database outage on one node (issue #23, scenario 4)"
    echo
    echo "Written by \`bench/outage.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' with local changes')."
    echo "MariaDB (its own, port $DB_PORT) killed with SIGKILL for 20 s while /verify/$NUMBER, the certificate API and"
    echo "/health/ready were asked every 0.4 s; answers counted as status×times."
    echo
    echo "| Check | Figure | Target | Result |"
    echo "|---|---|---|---|"
    echo "| Before: all three | page $(codes before page); API $(codes before api); ready $(codes before ready) | 200 | - |"
    echo "| Public page while MariaDB is down | $DOWN_PAGE | only 503 (the portal's page) | $R1 |"
    echo "| Certificate API while MariaDB is down | $DOWN_API | only 503 (problem+json) | $R2 |"
    echo "| /health/ready while MariaDB is down | $DOWN_READY | only 503 (DOWN) | $R3 |"
    echo "| Back to 200 everywhere after MariaDB's return | $RECOVERED s | <= 30 s | $R4 |"
    echo "| WildFly kept running (same process) | pid $SERVER_PID -> $(server_pid) | not restarted | $R5 |"
} > bench/OUTAGE.md
cat bench/OUTAGE.md
