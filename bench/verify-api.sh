#!/usr/bin/env bash
# Benchmark (issue #7): the public verification API and the /verify name search with 100,000 certificates,
# through the real portal on WildFly and MariaDB, driven by wrk on localhost.
#
#   bench/verify-api.sh [certificates] [seconds]
#
# Targets: GET /api/v1/certificates/{number} >= 1,000 req/s for 60 s, p99 < 50 ms, no errors, and at least a
# quarter of the throughput of a trivial endpoint (GET /api/v1/health) measured in the same run;
# /verify name search p99 < 100 ms. The throttle is lifted for the run (it would answer 429 by design).
# Environment: BENCH_DB (default peercert_bench_verify, dropped and recreated), BENCH_PORT_OFFSET (default 300),
# BENCH_CONNECTIONS (default 32).
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${1:-100000}
SECONDS_EACH=${2:-60}
DB=${BENCH_DB:-peercert_bench_verify}
OFFSET=${BENCH_PORT_OFFSET:-300}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
HTTP_PORT=$((8080 + OFFSET))
BASE="http://localhost:$HTTP_PORT"
WORK=target/bench/verify
SERVER=$WORK/server
SQL="mariadb -uroot --local-infile=1 $DB"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

export PEERCERT_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true"
export PEERCERT_DB_USER=root

say "building the portal for MariaDB (database $DB)"
mvn -B -q package -DskipTests
WILDFLY=$(ls -d target/wildfly-*/ | head -1)

rm -rf "$WORK" && mkdir -p "$WORK/data"
cp -r "$WILDFLY/standalone" "$SERVER"
cp target/peercert.war "$SERVER/deployments/"
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"

say "generating $PEOPLE certificate holders (synthetic names)"
python3 bench/generate-exclusion-data.py "$WORK/data" "$PEOPLE" 200 > /dev/null

say "starting WildFly on port $HTTP_PORT"
JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC" "$WILDFLY/bin/standalone.sh" \
    -Djboss.server.base.dir="$PWD/$SERVER" -Djboss.socket.binding.port-offset="$OFFSET" \
    -Dpeercert.verify.searches-per-minute=1000000000 -Dpeercert.storage.dir="$PWD/$WORK/storage" > "$WORK/server.out" 2>&1 &
trap 'pkill -f "jboss-modules.jar.*jboss.server.base.dir=$PWD/$SERVER" || true' EXIT
until curl -sf -o /dev/null "$BASE/"; do sleep 1; done

say "loading $PEOPLE people, applications and certificates (90% active, the rest in every other state)"
$SQL -e "SET foreign_key_checks = 0;
  LOAD DATA LOCAL INFILE '$WORK/data/accounts.tsv' INTO TABLE user_account
    (id, email, first_name, last_name, date_of_birth, status, created_at);
  LOAD DATA LOCAL INFILE '$WORK/data/applications.tsv' INTO TABLE certification_application
    (id, applicant_id, track, status, legal_first_name, legal_last_name, date_of_birth, lived_experience, created_at, updated_at, submitted_at);
  INSERT INTO certificate (id, number, application_id, holder_id, track, legal_first_name, legal_last_name, first_name_key,
      last_name_key, city_key, issued_on, expires_on, status, status_changed_at, issued_by)
    SELECT id, CONCAT('PS-CPS-2026-', LPAD(id, 6, '0')), id, applicant_id, 'CPS', legal_first_name, legal_last_name,
      UPPER(REPLACE(legal_first_name, '-', '')), UPPER(REPLACE(legal_last_name, '-', '')), 'TOPEKA', '2026-02-01', '2027-02-01',
      ELT(1 + (id % 40 > 35) * (1 + id % 4), 'ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'INACTIVE'), NOW(6), 'bench'
    FROM certification_application;
  ANALYZE TABLE certificate;"
$SQL -N -e "SELECT status, COUNT(*) FROM certificate GROUP BY status" | sed 's/^/  /'
$SQL -N -e "SELECT DISTINCT legal_last_name, legal_first_name FROM certificate ORDER BY RAND(1) LIMIT 2000" > "$WORK/data/names.tsv"

run() { # name url-or-script -> prints wrk's summary lines into $WORK/<name>.txt
    local name=$1; shift
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@" > "$WORK/$name.txt"
}
rps() { awk '/Requests\/sec/ { print $2 }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
errors() { awk '/Non-2xx|Socket errors/ { print }' "$1"; }

say "warming up (10 s each)"
wrk -t2 -c"$CONNECTIONS" -d10s "$BASE/api/v1/health" > /dev/null
PEOPLE=$PEOPLE wrk -t2 -c"$CONNECTIONS" -d10s -s bench/random-certificate.lua "$BASE" > /dev/null
NAMES=$WORK/data/names.tsv wrk -t2 -c"$CONNECTIONS" -d10s -s bench/random-name.lua "$BASE" > /dev/null

say "baseline: GET /api/v1/health for ${SECONDS_EACH}s"
run health "$BASE/api/v1/health"
say "GET /api/v1/certificates/{random number} for ${SECONDS_EACH}s"
PEOPLE=$PEOPLE run api -s bench/random-certificate.lua "$BASE"
say "/verify name search for ${SECONDS_EACH}s"
NAMES=$WORK/data/names.tsv run names -s bench/random-name.lua "$BASE"

echo
echo "Verification benchmark ($(nproc) cores, MariaDB $(mariadb -N -e 'SELECT VERSION()'), $PEOPLE certificates, $CONNECTIONS connections)"
printf '  baseline GET /api/v1/health:              %8s req/s  p99 %s\n' "$(rps "$WORK/health.txt")" "$(p99 "$WORK/health.txt")"
printf '  GET /api/v1/certificates/{number}:        %8s req/s  p99 %s  ratio to baseline %s  (targets: >= 1000 req/s, p99 < 50ms, ratio >= 0.25)\n' \
    "$(rps "$WORK/api.txt")" "$(p99 "$WORK/api.txt")" "$(awk -v a="$(rps "$WORK/api.txt")" -v b="$(rps "$WORK/health.txt")" 'BEGIN { printf "%.2f", a / b }')"
printf '  /verify name search (page):               %8s req/s  p99 %s  (target: p99 < 100ms)\n' "$(rps "$WORK/names.txt")" "$(p99 "$WORK/names.txt")"
echo "  non-2xx answers or socket errors, if any:"
errors "$WORK/api.txt" | sed 's/^/    api: /'; errors "$WORK/names.txt" | sed 's/^/    names: /'; errors "$WORK/health.txt" | sed 's/^/    health: /'
echo "  (wrk's full output: $WORK/*.txt)"
