#!/usr/bin/env bash
# Benchmark (issue #9): an agency's roster upload and roster page, through the real portal on WildFly and MariaDB.
#
#   bench/roster.sh [upload-rows] [page-people] [page-requests]
#
# Targets: a 10,000-row roster CSV is matched and added in under 10 s, with the per-line report; the roster page
# with 500 people (each with live certificate, CE, supervision, exclusion and verdict) answers in well under a second.
# Baselines, measured in the same run on the same database: for the upload, MariaDB's own LOAD DATA of the same
# file plus the SQL join that matches it (the floor of the work); for the page, GET of the light public /verify page
# through the same signed-in client. The ratios say what the portal adds.
# Environment: BENCH_DB (default peercert_bench_roster, dropped and recreated), BENCH_PORT_OFFSET (default 300).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-10000}
PAGE_PEOPLE=${2:-500}
REQUESTS=${3:-30}
DB=${BENCH_DB:-peercert_bench_roster}
OFFSET=${BENCH_PORT_OFFSET:-300}
HTTP_PORT=$((8080 + OFFSET))
BASE="http://localhost:$HTTP_PORT"
WORK=target/bench/roster
SERVER=$WORK/server
SQL="mariadb -uroot --local-infile=1 $DB"
JAR=$WORK/cookies.txt
ADMIN=agency@demo.peercert.test
PASSWORD=${BENCH_DEMO_PASSWORD:-$(grep -o 'PASSWORD = "[^"]*"' src/main/java/org/peercert/demo/DemoData.java 2>/dev/null | cut -d'"' -f2)}

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
page_ms() { curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$1"; }
median_ms() { # path -> median of $REQUESTS timed GETs, in ms (each must answer 200)
    for _ in $(seq "$REQUESTS"); do page_ms "$1"; done | awk '$1 != 200 { bad = 1 } { print $2 * 1000 } END { if (bad) exit 1 }' \
        | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] }'
}
upload() { # csv-file -> seconds the upload took; the page's answer is kept in $WORK/upload-answer.html
    curl -s -b "$JAR" -c "$JAR" "$BASE/agency/roster.xhtml" -o "$WORK/roster-form.html"
    curl -s -b "$JAR" -c "$JAR" -o "$WORK/upload-answer.html" -w '%{time_total}' -L \
        -F "upload=upload" -F "upload:file=@$1;type=text/csv" -F "upload:uploadRoster=" \
        -F "jakarta.faces.ViewState=$(view_state "$WORK/roster-form.html")" "$BASE/agency/roster.xhtml"
}
outcome() { grep -o '[0-9,]* added, [0-9,]* already on your roster, [0-9,]* lines not added' "$WORK/upload-answer.html" | head -1; }

export PEERCERT_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true"
export PEERCERT_DB_USER=root

say "building the portal for MariaDB (database $DB)"
mvn -B -q package -DskipTests
WILDFLY=$(ls -d target/wildfly-*/ | head -1)

rm -rf "$WORK" && mkdir -p "$WORK/data"
cp -r "$WILDFLY/standalone" "$SERVER"
cp target/peercert.war "$SERVER/deployments/"
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"

PEOPLE=$((ROWS + PAGE_PEOPLE))
say "generating $PEOPLE certificate holders (synthetic names)"
python3 bench/generate-exclusion-data.py "$WORK/data" "$PEOPLE" 200 > /dev/null

say "starting WildFly on port $HTTP_PORT with the demo agency"
JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC" "$WILDFLY/bin/standalone.sh" \
    -Djboss.server.base.dir="$PWD/$SERVER" -Djboss.socket.binding.port-offset="$OFFSET" -Dpeercert.demo.seed=true \
    -Dpeercert.storage.dir="$PWD/$WORK/storage" > "$WORK/server.out" 2>&1 &
trap 'pkill -f "jboss-modules.jar.*jboss.server.base.dir=$PWD/$SERVER" || true' EXIT
until curl -sf -o /dev/null "$BASE/verify.xhtml"; do sleep 1; done
until [ "$($SQL -N -e "SELECT COUNT(*) FROM agency" 2>/dev/null || echo 0)" -gt 0 ]; do sleep 1; done

say "loading $PEOPLE people, applications and active certificates (ids above the demo data's)"
SHIFT=1000000
$SQL -e "SET foreign_key_checks = 0;
  LOAD DATA LOCAL INFILE '$WORK/data/accounts.tsv' INTO TABLE user_account
    (@id, @email, first_name, last_name, date_of_birth, status, created_at) SET id = @id + $SHIFT, email = CONCAT('roster-', @email);
  LOAD DATA LOCAL INFILE '$WORK/data/applications.tsv' INTO TABLE certification_application
    (@id, @applicant, track, status, legal_first_name, legal_last_name, date_of_birth, lived_experience, created_at, updated_at, submitted_at)
    SET id = @id + $SHIFT, applicant_id = @applicant + $SHIFT;
  INSERT INTO certificate (id, number, application_id, holder_id, track, legal_first_name, legal_last_name, first_name_key,
      last_name_key, city_key, issued_on, expires_on, status, status_changed_at, issued_by)
    SELECT id, CONCAT('PS-CPS-2025-', LPAD(id - $SHIFT, 6, '0')), id, applicant_id, 'CPS', legal_first_name, legal_last_name,
      UPPER(REPLACE(legal_first_name, '-', '')), UPPER(REPLACE(legal_last_name, '-', '')), 'TOPEKA', '2026-02-01', '2028-02-01',
      'ACTIVE', NOW(6), 'bench'
    FROM certification_application WHERE id > $SHIFT;
  ANALYZE TABLE certificate;"
HEADER="certificate_number,last_name,date_of_birth"
{ echo "$HEADER"; $SQL -N -e "SELECT c.number, c.legal_last_name, a.date_of_birth FROM certificate c JOIN certification_application a
    ON a.id = c.application_id WHERE c.id > $SHIFT ORDER BY c.id LIMIT $PAGE_PEOPLE" | tr '\t' ','; } > "$WORK/data/page.csv"
{ echo "$HEADER"; $SQL -N -e "SELECT c.number, c.legal_last_name, a.date_of_birth FROM certificate c JOIN certification_application a
    ON a.id = c.application_id WHERE c.id > $SHIFT ORDER BY c.id LIMIT $ROWS OFFSET $PAGE_PEOPLE" | tr '\t' ','; } > "$WORK/data/upload.csv"
printf 'PS-CPS-2025-999999,Nobody,1990-01-01\n' >> "$WORK/data/upload.csv"

say "signing in as $ADMIN"
curl -s -c "$JAR" "$BASE/login.xhtml" -o "$WORK/login.html"
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "login=login" --data-urlencode "login:email=$ADMIN" --data-urlencode "login:password=$PASSWORD" \
    -d "login:signIn=" --data-urlencode "jakarta.faces.ViewState=$(view_state "$WORK/login.html")" "$BASE/login.xhtml"
[ "$(page_ms /agency/roster.xhtml | cut -d' ' -f1)" = 200 ] || { echo "could not sign in as $ADMIN"; exit 1; }

say "uploading $PAGE_PEOPLE people for the page"
upload "$WORK/data/page.csv" > /dev/null
say "  $(outcome)"
say "warming up, then timing $REQUESTS GETs of each page"
for _ in $(seq 5); do page_ms /agency/roster.xhtml > /dev/null; page_ms /verify.xhtml > /dev/null; done
BASE_PAGE=$(median_ms /verify.xhtml)
ROSTER_PAGE=$(median_ms /agency/roster.xhtml)

say "baseline: LOAD DATA of the $ROWS-row file and the SQL join that matches it"
$SQL -e "CREATE TABLE bench_roster_raw (number VARCHAR(40), last_name VARCHAR(100), date_of_birth DATE, INDEX (number)) ENGINE=InnoDB"
T0=$(now)
$SQL -e "LOAD DATA LOCAL INFILE '$WORK/data/upload.csv' INTO TABLE bench_roster_raw FIELDS TERMINATED BY ',' IGNORE 1 LINES;
  SELECT COUNT(*) FROM bench_roster_raw r JOIN certificate c ON c.number = r.number JOIN certification_application a
    ON a.id = c.application_id AND a.date_of_birth = r.date_of_birth AND a.legal_last_name = r.last_name" > /dev/null
T1=$(now)
BASE_UPLOAD=$(secs "$T0" "$T1")

say "uploading $ROWS rows (one of them matching nobody)"
UPLOAD_S=$(upload "$WORK/data/upload.csv")
UPLOADED=$(outcome)
say "  $UPLOADED"
ON_ROSTER=$($SQL -N -e "SELECT COUNT(*) FROM roster_entry r JOIN agency g ON g.id = r.agency_id WHERE g.npi = '1234567893'")
say "timing the roster page with $ON_ROSTER people"
BIG_PAGE=$(REQUESTS=5 median_ms /agency/roster.xhtml)

echo
echo "Roster benchmark ($(nproc) cores, MariaDB $(mariadb -N -e 'SELECT VERSION()'))"
printf '  upload of %s rows (%s): %s s   baseline LOAD DATA + matching join %s s   ratio %s   (target under 10 s)\n' \
    "$ROWS" "$UPLOADED" "$(printf %.2f "$UPLOAD_S")" "$BASE_UPLOAD" "$(ratio "$UPLOAD_S" "$BASE_UPLOAD")"
printf '  roster page, %s people: median %s ms of %s   baseline /verify page %s ms   ratio %s\n' \
    "$PAGE_PEOPLE" "$ROSTER_PAGE" "$REQUESTS" "$BASE_PAGE" "$(ratio "$ROSTER_PAGE" "$BASE_PAGE")"
printf '  roster page, %s people: median %s ms of 5\n' "$ON_ROSTER" "$BIG_PAGE"
