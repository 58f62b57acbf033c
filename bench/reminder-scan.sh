#!/usr/bin/env bash
# Benchmark (issue #8, R-CEU-2): the daily expiry-reminder scan and outbox fill over 100,000 active certificates,
# through the real portal on WildFly and MariaDB, fired by its own Quartz job.
#
#   bench/reminder-scan.sh [certificates]
#
# The certificates expire evenly over the next 366 days, and the scan is the portal's first: it catches up, so
# every certificate within the 90-day horizon gets the reminder due now (about a quarter of them), the heaviest
# day the scan can have. A second firing the same day must send nothing.
# Target: the scan and outbox fill finish in under 60 s on the 2-core machine.
# Baseline, measured in the same run on the same database: the raw SQL of the same work, the candidates' SELECT
# and one INSERT ... SELECT of a notice row per due reminder into a copy of the notice table.
# Environment: BENCH_DB (default peercert_bench_reminders, dropped and recreated), BENCH_PORT_OFFSET (default 400).
set -euo pipefail
cd "$(dirname "$0")/.."

CERTIFICATES=${1:-100000}
DB=${BENCH_DB:-peercert_bench_reminders}
OFFSET=${BENCH_PORT_OFFSET:-400}
HTTP_PORT=$((8080 + OFFSET))
WORK=target/bench/reminders
SERVER=$WORK/server
SQL="mariadb -uroot --local-infile=1 $DB"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

export PEERCERT_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true"
export PEERCERT_DB_USER=root

say "building the portal for MariaDB (database $DB)"
mvn -B -q package -DskipTests
WILDFLY=$(ls -d target/wildfly-*/ | head -1)

rm -rf "$WORK" && mkdir -p "$WORK/data"
cp -r "$WILDFLY/standalone" "$SERVER"
cp target/peercert.war "$SERVER/deployments/"
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
python3 bench/generate-exclusion-data.py "$WORK/data" "$CERTIFICATES" 200 > /dev/null

start_server() { # extra -D options...
    JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC" "$WILDFLY/bin/standalone.sh" \
        -Djboss.server.base.dir="$PWD/$SERVER" -Djboss.socket.binding.port-offset="$OFFSET" \
        -Dpeercert.storage.dir="$PWD/$WORK/storage" "$@" >> "$WORK/server.out" 2>&1 &
    until curl -sf -o /dev/null "http://localhost:$HTTP_PORT/"; do sleep 1; done
}
stop_server() { pkill -f "jboss-modules.jar.*jboss.server.base.dir=$PWD/$SERVER" || true; while pgrep -f "jboss.server.base.dir=$PWD/$SERVER" > /dev/null; do sleep 1; done; }
trap stop_server EXIT

say "first start, scheduler off: Flyway creates the schema"
start_server -Dpeercert.scheduler.enabled=false
stop_server

say "loading $CERTIFICATES holders and active certificates expiring over the next 366 days"
$SQL -e "SET foreign_key_checks = 0;
  LOAD DATA LOCAL INFILE '$WORK/data/accounts.tsv' INTO TABLE user_account
    (id, email, first_name, last_name, date_of_birth, status, created_at);
  LOAD DATA LOCAL INFILE '$WORK/data/applications.tsv' INTO TABLE certification_application
    (id, applicant_id, track, status, legal_first_name, legal_last_name, date_of_birth, lived_experience, created_at, updated_at, submitted_at);
  INSERT INTO certificate (id, number, application_id, holder_id, track, legal_first_name, legal_last_name, first_name_key,
      last_name_key, city_key, issued_on, expires_on, status, status_changed_at, issued_by)
    SELECT id, CONCAT('PS-CPS-2026-', LPAD(id, 6, '0')), id, applicant_id, 'CPS', legal_first_name, legal_last_name,
      UPPER(legal_first_name), UPPER(legal_last_name), 'TOPEKA', UTC_DATE() - INTERVAL 1 YEAR + INTERVAL (id % 366) DAY,
      UTC_DATE() + INTERVAL (id % 366) DAY, 'ACTIVE', NOW(6), 'bench'
    FROM certification_application;
  ANALYZE TABLE certificate, user_account;"

say "baseline: the raw SQL of the same scan (candidates, and a notice row per due reminder into a scratch copy)"
$SQL -e "CREATE TABLE bench_notice LIKE notice"
T0=$(now)
$SQL -e "SELECT c.id, c.holder_id, u.email, u.first_name, u.last_name, c.number, c.expires_on FROM certificate c JOIN user_account u
  ON u.id = c.holder_id WHERE c.status IN ('ACTIVE', 'SUSPENDED') AND c.expires_on BETWEEN UTC_DATE() AND UTC_DATE() + INTERVAL 90 DAY" > /dev/null
$SQL -e "INSERT IGNORE INTO bench_notice (recipient_id, subject, body, dedupe_key, created_at)
  SELECT c.holder_id, CONCAT('Your certificate ', c.number, ' expires soon'), REPEAT('x', 400),
    CONCAT('expiry-reminder:', c.id, ':', c.expires_on, ':', DATEDIFF(c.expires_on, UTC_DATE())), NOW(6)
  FROM certificate c WHERE c.status = 'ACTIVE' AND c.expires_on BETWEEN UTC_DATE() AND UTC_DATE() + INTERVAL 90 DAY"
T1=$(now)
BASE=$(secs "$T0" "$T1")

say "second start: the reminder job fires at the next 20-second mark, and again 20 s later"
start_server -Dpeercert.renewal.reminder-cron="0/20 * * * * ?"
until [ "$(grep -c 'Expiry reminders sent:' "$SERVER/log/server.log")" -ge 2 ]; do sleep 1; done

read -r SENT FIRST_MS < <(grep 'Expiry reminders sent:' "$SERVER/log/server.log" | head -1 | sed -E 's/.*sent: ([0-9]+) in ([0-9]+) ms.*/\1 \2/')
read -r AGAIN AGAIN_MS < <(grep 'Expiry reminders sent:' "$SERVER/log/server.log" | sed -n 2p | sed -E 's/.*sent: ([0-9]+) in ([0-9]+) ms.*/\1 \2/')
OUTBOX=$($SQL -N -e "SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE 'expiry-reminder:%'")
NOTICES=$($SQL -N -e "SELECT COUNT(*) FROM notice WHERE dedupe_key LIKE 'expiry-reminder:%'")
DUPLICATES=$($SQL -N -e "SELECT COUNT(*) - COUNT(DISTINCT certificate_id) FROM (SELECT SUBSTRING_INDEX(SUBSTRING_INDEX(dedupe_key, ':', 2), ':', -1)
  AS certificate_id FROM mail_outbox WHERE dedupe_key LIKE 'expiry-reminder:%') k")
FIRST_S=$(awk -v m="$FIRST_MS" 'BEGIN { printf "%.2f", m / 1000 }')

echo
echo "Reminder scan benchmark ($(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB, MariaDB $(mariadb -N -e 'SELECT VERSION()'))"
printf '  %s active certificates; first (catch-up) scan sent %s reminders (%s mails, %s notices, %s duplicates) in %s s\n' \
    "$CERTIFICATES" "$SENT" "$OUTBOX" "$NOTICES" "$DUPLICATES" "$FIRST_S"
printf '  baseline raw SQL of the same scan: %s s   ratio %s   target under 60 s: %s\n' "$BASE" "$(ratio "$FIRST_S" "$BASE")" \
    "$(awk -v s="$FIRST_S" 'BEGIN { print (s < 60 ? "met" : "NOT met") }')"
printf '  second scan the same day: %s sent in %s ms\n' "$AGAIN" "$AGAIN_MS"
