#!/usr/bin/env bash
# Benchmark (issue #6, R-BG-3): import an 80,000-row exclusion list and screen 100,000 people against it,
# through the real portal on WildFly and MariaDB, with the server's heap capped at 512 MB.
#
#   bench/exclusion-screening.sh [people] [list-rows]
#
# Target: file dropped in the inbox -> list in force -> everyone screened, in under 60 s, heap under 512 MB.
# Baseline, measured in the same run on the same database: MariaDB's own LOAD DATA of the same file plus
# one full read of the people screened. The ratios say what the portal adds to that floor.
# Environment: BENCH_DB (default peercert_bench, dropped and recreated), BENCH_PORT_OFFSET (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${1:-100000}
ROWS=${2:-80000}
DB=${BENCH_DB:-peercert_bench}
OFFSET=${BENCH_PORT_OFFSET:-300}
HTTP_PORT=$((8080 + OFFSET))
WORK=target/bench/exclusion
SERVER=$WORK/server
SQL="mariadb -uroot --local-infile=1 $DB"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

export PEERCERT_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true"
export PEERCERT_DB_USER=root

say "building the portal for MariaDB (database $DB)"
mvn -B -q package -DskipTests
WILDFLY=$(ls -d target/wildfly-*/ | head -1)

rm -rf "$WORK" && mkdir -p "$WORK/inbox" "$WORK/data"
cp -r "$WILDFLY/standalone" "$SERVER"
cp target/peercert.war "$SERVER/deployments/"
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"

say "generating $PEOPLE people and a list of $ROWS rows (synthetic names)"
python3 bench/generate-exclusion-data.py "$WORK/data" "$PEOPLE" "$ROWS"

say "starting WildFly with -Xmx512m on port $HTTP_PORT"
JAVA_OPTS="-Xms512m -Xmx512m -XX:+UseG1GC" "$WILDFLY/bin/standalone.sh" \
    -Djboss.server.base.dir="$PWD/$SERVER" -Djboss.socket.binding.port-offset="$OFFSET" \
    -Dpeercert.exclusion.inbox-dir="$PWD/$WORK/inbox" -Dpeercert.exclusion.folder-poll-seconds=1 \
    -Dpeercert.storage.dir="$PWD/$WORK/storage" > "$WORK/server.out" 2>&1 &
trap 'pkill -f "jboss-modules.jar.*jboss.server.base.dir=$PWD/$SERVER" || true' EXIT
until curl -sf -o /dev/null "http://localhost:$HTTP_PORT/"; do sleep 1; done
PID=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$PWD/$SERVER" | head -1)

say "loading the people to screen"
$SQL -e "SET foreign_key_checks = 0;
  LOAD DATA LOCAL INFILE '$WORK/data/accounts.tsv' INTO TABLE user_account
    (id, email, first_name, last_name, date_of_birth, status, created_at);
  LOAD DATA LOCAL INFILE '$WORK/data/applications.tsv' INTO TABLE certification_application
    (id, applicant_id, track, status, legal_first_name, legal_last_name, date_of_birth, lived_experience, created_at, updated_at, submitted_at);"

say "baseline: MariaDB's LOAD DATA of the list, and one read of everyone screened"
$SQL -e "CREATE TABLE bench_leie_raw (c1 VARCHAR(100), c2 VARCHAR(100), c3 VARCHAR(100), c4 VARCHAR(200), c5 VARCHAR(100),
  c6 VARCHAR(100), c7 VARCHAR(20), c8 VARCHAR(10), c9 VARCHAR(8), c10 VARCHAR(200), c11 VARCHAR(100), c12 VARCHAR(2),
  c13 VARCHAR(10), c14 VARCHAR(20), c15 VARCHAR(8), c16 VARCHAR(8), c17 VARCHAR(8), c18 VARCHAR(2)) ENGINE=InnoDB"
T0=$(now)
$SQL -e "LOAD DATA LOCAL INFILE '$WORK/data/UPDATED.csv' INTO TABLE bench_leie_raw FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' IGNORE 1 LINES"
T1=$(now)
$SQL -e "SELECT id, applicant_id, legal_first_name, legal_last_name, date_of_birth FROM certification_application
  WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'DEFICIENT', 'ELIGIBLE')" > /dev/null
T2=$(now)
BASE_LOAD=$(secs "$T0" "$T1"); BASE_READ=$(secs "$T1" "$T2")

jstat -gc "$PID" 250 > "$WORK/jstat.txt" &
JSTAT=$!
say "dropping the list into the inbox"
START=$(now)
cp "$WORK/data/UPDATED.csv" "$WORK/inbox/UPDATED.csv.part" && mv "$WORK/inbox/UPDATED.csv.part" "$WORK/inbox/UPDATED.csv"
until [ "$($SQL -N -e "SELECT COUNT(*) FROM screening_run WHERE trigger_kind = 'IMPORT'")" = "1" ]; do
    if [ "$($SQL -N -e "SELECT COUNT(*) FROM exclusion_import WHERE status IN ('REFUSED', 'FAILED')")" != "0" ]; then
        $SQL -e "SELECT id, status, problem FROM exclusion_import"; exit 1
    fi
    sleep 0.2
done
END=$(now)
kill "$JSTAT"

read -r IMPORT_S ACCEPTED REJECTED < <($SQL -N -e "SELECT TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1e6, rows_accepted, rows_rejected FROM exclusion_import")
read -r SCREEN_S SCREENED RAISED < <($SQL -N -e "SELECT TIMESTAMPDIFF(MICROSECOND, started_at, finished_at) / 1e6, subjects_screened, matches_raised FROM screening_run")
PROBABLE=$($SQL -N -e "SELECT COUNT(*) FROM exclusion_match WHERE strength = 'PROBABLE'")
TOTAL=$(secs "$START" "$END")
PEAK_MB=$(awk 'NR > 1 && $1 != "S0C" { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "%.0f", max }' "$WORK/jstat.txt")

echo
echo "Exclusion screening benchmark ($(nproc) cores, MariaDB $(mariadb -N -e 'SELECT VERSION()'))"
printf '  import of %s rows (%s in force, %s rejected): %s s   baseline LOAD DATA %s s   ratio %s\n' \
    "$ROWS" "$ACCEPTED" "$REJECTED" "$(printf %.1f "$IMPORT_S")" "$BASE_LOAD" "$(ratio "$IMPORT_S" "$BASE_LOAD")"
printf '  screening of %s people (%s new matches, %s probable): %s s   baseline full read %s s   ratio %s\n' \
    "$SCREENED" "$RAISED" "$PROBABLE" "$(printf %.1f "$SCREEN_S")" "$BASE_READ" "$(ratio "$SCREEN_S" "$BASE_READ")"
printf '  file dropped -> list in force -> everyone screened: %s s (target under 60 s; ratio to baseline %s)\n' \
    "$TOTAL" "$(ratio "$TOTAL" "$(awk -v a="$BASE_LOAD" -v b="$BASE_READ" 'BEGIN { print a + b }')")"
printf '  peak heap used: %s MB of a 512 MB heap (-Xmx512m)\n' "$PEAK_MB"
