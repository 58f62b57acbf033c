#!/usr/bin/env bash
# Every benchmark of issue #11 against the portal on WildFly and MariaDB with state-scale data, writing
# bench/RESULTS.md: per target, the figure, a baseline measured in the same run, their ratio, and met or not.
#
#   bench/run-all.sh [section...]      sections: generate startup verify signin staff reports roster exclusion soak reminders
#
# With no section named, all run in that order (about 35 minutes on 2 cores). Without "generate", the data already in
# BENCH_DB is used (run bench/generate.sh first). With BENCH_APPEND=1 the rows of the sections not run now stay in
# bench/RESULTS.md from the run before, each row saying when it was measured. Load comes from wrk on localhost,
# bounded in time.
# Environment (besides lib.sh's): BENCH_SECONDS (each wrk run, default 60), BENCH_SOAK_SECONDS (default 600),
# BENCH_CONNECTIONS (public load, default 16), BENCH_STAFF_USERS (signed-in staff sessions, default 20),
# BENCH_STAFF_CONNECTIONS (staff requests in flight at once, default 4), BENCH_EXTRA_OPTS (more -D options for the
# server, to compare a setting: e.g. -Dpeercert.password.hashing-threads=1).
source "$(dirname "$0")/lib.sh"

SECTIONS=${*:-generate startup verify signin staff reports roster exclusion soak reminders}
SECONDS_EACH=${BENCH_SECONDS:-60}
SOAK_SECONDS=${BENCH_SOAK_SECONDS:-600}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
STAFF_USERS=${BENCH_STAFF_USERS:-20}
STAFF_CONNECTIONS=${BENCH_STAFF_CONNECTIONS:-4}
# The generated staff accounts have no authenticator: the benchmarks sign in with the password alone.
SERVER_OPTIONS=(${BENCH_EXTRA_OPTS:-} -Dpeercert.verify.searches-per-minute=1000000000 -Dpeercert.two-step.required-roles=none
    -Dpeercert.exclusion.inbox-dir="$PWD/$WORK/inbox"
    -Dpeercert.exclusion.folder-poll-seconds=1)
export NUMBERS=$DATA/certificate-numbers.txt NAMES=$DATA/certificate-names.tsv COOKIES=$WORK/staff-sessions.txt
wants() { [[ " $SECTIONS " == *" $1 "* ]] && SECTION="$1 $(date -u '+%Y-%m-%d %H:%M')"; }
trap 'kill $(jobs -p) 2> /dev/null || true; stop_server' EXIT
if [ "${BENCH_APPEND:-0}" = 1 ] && [ -f "$RESULTS" ]; then
    for section in $SECTIONS heap; do sed -i "/^$section /d" "$RESULTS"; done
else
    rm -f "$RESULTS"
fi
rm -f "$WORK"/*.txt
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')

if wants generate; then
    GENERATED=$(bench/generate.sh | sed -n 's/.*GENERATED \([0-9.]*\) s.*/\1/p')
    record "Data generator: 100,000 certificants, 1,000,000 CE records, 1,000 agencies, 50,000 roster entries, 20,000 supervision logs" \
        "$GENERATED s" "-" "-" "<= 300 s" "$(at_most "$GENERATED" 300)"
    export BENCH_SKIP_BUILD=1
fi
build_portal
[ -s "$NUMBERS" ] || { say "no generated data in $DATA: run bench/generate.sh or name the generate section"; exit 1; }

start_portal() { # [reminder cron]: by default the reminder job waits until 2099, so that only its own section runs it
    prepare_server
    mkdir -p "$WORK/inbox"
    STARTUP=$(start_server /verify.xhtml "${SERVER_OPTIONS[@]}" "-Dpeercert.renewal.reminder-cron=${1:-0 0 0 1 1 ? 2099}")
    jstat -gc "$(server_pid)" 1000 > "$WORK/jstat-$(date +%s).txt" &
}

if wants startup; then
    say "baseline: the same WildFly without the portal, to its first answer (a 404: the portal owns /)"
    prepare_server false
    BARE=$(EXPECT=404 start_server /)
    stop_server
fi
say "starting the portal (-Xmx1g)"
start_portal
if wants startup; then
    record "Start-up of the provisioned server to the first served page (/verify.xhtml)" "$STARTUP s" "$BARE s (the same WildFly without the portal)" \
        "$(ratio "$STARTUP" "$BARE")" "<= 15 s" "$(at_most "$STARTUP" 15)"
fi

if wants verify; then
    say "warming up the public endpoints"
    wrk_run warm 10 "$CONNECTIONS" -s bench/wrk/certificate.lua "$URL" > /dev/null
    wrk_run warm 10 "$CONNECTIONS" -s bench/wrk/verify-name.lua "$URL" > /dev/null
    say "baseline: GET /api/v1/health for ${SECONDS_EACH}s, $CONNECTIONS connections"
    read -r H_RPS H_P50 H_P95 H_P99 H_ERR < <(wrk_run health "$SECONDS_EACH" "$CONNECTIONS" -s bench/wrk/report.lua "$URL/api/v1/health")
    say "GET /api/v1/certificates/{number} for ${SECONDS_EACH}s"
    read -r A_RPS A_P50 A_P95 A_P99 A_ERR < <(wrk_run api "$SECONDS_EACH" "$CONNECTIONS" -s bench/wrk/certificate.lua "$URL")
    record "Public verification API, GET /api/v1/certificates/{number}, $CONNECTIONS connections, ${SECONDS_EACH} s" \
        "$A_RPS req/s, p99 $A_P99 ms, $A_ERR errors" "$H_RPS req/s, p99 $H_P99 ms (GET /api/v1/health)" "$(ratio "$A_RPS" "$H_RPS")" \
        ">= 1000 req/s, p99 <= 25 ms, no errors, ratio >= 0.5" \
        "$(both "$(both "$(at_least "$A_RPS" 1000)" "$(at_most "$A_P99" 25)")" "$(both "$(at_most "$A_ERR" 0)" "$(at_least "$(ratio "$A_RPS" "$H_RPS")" 0.5)")")"
    say "/verify name search for ${SECONDS_EACH}s"
    read -r N_RPS N_P50 N_P95 N_P99 N_ERR < <(wrk_run names "$SECONDS_EACH" "$CONNECTIONS" -s bench/wrk/verify-name.lua "$URL")
    record "Public /verify name search (surname + first letters), $CONNECTIONS connections, ${SECONDS_EACH} s" \
        "p99 $N_P99 ms, $N_RPS req/s, $N_ERR errors" "$H_RPS req/s, p99 $H_P99 ms (GET /api/v1/health)" "$(ratio "$N_RPS" "$H_RPS")" \
        "p99 <= 50 ms, no errors, ratio >= 0.25" \
        "$(both "$(both "$(at_most "$N_P99" 50)" "$(at_most "$N_ERR" 0)")" "$(at_least "$(ratio "$N_RPS" "$H_RPS")" 0.25)")"
    say "/verify/{number} (the QR code's page) for ${SECONDS_EACH}s"
    wrk_run warm 10 "$CONNECTIONS" -s bench/wrk/verify-page.lua "$URL" > /dev/null
    read -r P_RPS P_P50 P_P95 P_P99 P_ERR < <(wrk_run page "$SECONDS_EACH" "$CONNECTIONS" -s bench/wrk/verify-page.lua "$URL")
    record "Public /verify/{number} page (a wallet card's QR code), $CONNECTIONS connections, ${SECONDS_EACH} s" \
        "p99 $P_P99 ms, $P_RPS req/s, $P_ERR errors" "$H_RPS req/s, p99 $H_P99 ms (GET /api/v1/health)" "$(ratio "$P_RPS" "$H_RPS")" \
        "p99 <= 50 ms, no errors, ratio >= 0.25" \
        "$(both "$(both "$(at_most "$P_P99" 50)" "$(at_most "$P_ERR" 0)")" "$(at_least "$(ratio "$P_RPS" "$H_RPS")" 0.25)")"
fi

percentile() { # P < FILE: the P-th percentile of the seconds in FILE; "none" when no sign-in went through
    { grep -E '^[0-9.]+$' || true; } | sort -n \
        | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "none"; exit } i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.2f", v[i] }'
}

if wants signin; then
    say "baseline: one sign-in at a time, 20 times"
    python3 bench/signin.py "$URL" "$DEMO_PASSWORD" alone 20 bench-staff-01@bench.example.org > "$WORK/signin-alone.txt"
    ALONE=$(percentile 50 < "$WORK/signin-alone.txt")
    say "10 people signing in at once, 10 rounds, while /verify/{number} is asked on 4 connections"
    wrk_run signin-pages 40 4 -s bench/wrk/verify-page.lua "$URL" > "$WORK/signin-pages.report" &
    WRK=$!
    sleep 2
    python3 bench/signin.py "$URL" "$DEMO_PASSWORD" together 10 $(for n in $(seq 10); do printf 'bench-staff-%02d@bench.example.org ' "$n"; done) \
        > "$WORK/signin-together.txt"
    wait "$WRK"
    TOGETHER=$(percentile 95 < "$WORK/signin-together.txt")
    read -r G_RPS G_P50 G_P95 G_P99 G_ERR < "$WORK/signin-pages.report"
    REFUSED=$(grep -cv -E '^[0-9.]+$' "$WORK/signin-together.txt" || true)
    record "Sign-in, 10 people at once (10 rounds, each the sign-in page and the form; Argon2id on a bounded pool)" \
        "p95 $TOGETHER s, $REFUSED refused or failed" "$ALONE s (one sign-in alone, median)" "$(ratio "$TOGETHER" "$ALONE")" "p95 <= 1.5 s, none refused or failed" "$(both "$(at_most "$TOGETHER" 1.5)" "$(at_most "$REFUSED" 0)")"
    record "Pages for others meanwhile: /verify/{number} on 4 connections during the sign-ins" \
        "p99 $G_P99 ms, $G_RPS req/s, $G_ERR errors" "-" "-" "p99 <= 50 ms, no errors" "$(both "$(at_most "$G_P99" 50)" "$(at_most "$G_ERR" 0)")"
fi

staff_sessions() { # COUNT FILE: signs in COUNT sessions of the generated staff accounts, one JSESSIONID per line
    : > "$2"
    for n in $(seq "$1"); do
        sign_in "$WORK/jar-$n.txt" "bench-staff-$(printf %02d $(( (n - 1) % 20 + 1 )))@bench.example.org"
        session_cookie "$WORK/jar-$n.txt" >> "$2"
    done
}

if wants staff; then
    say "signing in $STAFF_USERS staff users"
    staff_sessions "$STAFF_USERS" "$COOKIES"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$(head -1 "$COOKIES")" "$URL/staff/applications.xhtml")" = 200 ] \
        || { say "staff sign-in failed"; exit 1; }
    say "warming up the staff pages (10 s each)"
    QUERY=page wrk_run warm 10 "$STAFF_CONNECTIONS" -s bench/wrk/session.lua "$URL" > /dev/null
    QUERY=search wrk_run warm 10 "$STAFF_CONNECTIONS" -s bench/wrk/session.lua "$URL" > /dev/null
    say "baseline: GET /api/v1/health the same way"
    read -r B_RPS B_P50 B_P95 B_P99 B_ERR < <(QUERY=health wrk_run staff-baseline "$SECONDS_EACH" "$STAFF_CONNECTIONS" -s bench/wrk/session.lua "$URL")
    say "the work queue page: $STAFF_USERS sessions, $STAFF_CONNECTIONS requests in flight"
    read -r Q_RPS Q_P50 Q_P95 Q_P99 Q_ERR < <(QUERY=page wrk_run queue "$SECONDS_EACH" "$STAFF_CONNECTIONS" -s bench/wrk/session.lua "$URL")
    record "Staff work queue page (Faces, 50 rows of $($SQL -N -e "SELECT COUNT(*) FROM certification_application WHERE status <> 'DRAFT'") applications), $STAFF_USERS signed-in users, $STAFF_CONNECTIONS pages in flight" \
        "p95 $Q_P95 ms, $Q_RPS pages/s, $Q_ERR errors" "p95 $B_P95 ms (GET /api/v1/health, same sessions and connections)" "$(ratio "$Q_P95" "$B_P95")" \
        "p95 <= 150 ms" "$(both "$(at_most "$Q_P95" 150)" "$(at_most "$Q_ERR" 0)")"
    say "the work queue search by surname, the same way"
    read -r S_RPS S_P50 S_P95 S_P99 S_ERR < <(QUERY=search wrk_run queue-search "$SECONDS_EACH" "$STAFF_CONNECTIONS" -s bench/wrk/session.lua "$URL")
    record "Staff work queue search by surname (/staff/applications.xhtml?q=...), $STAFF_USERS signed-in users, $STAFF_CONNECTIONS searches in flight" \
        "p99 $S_P99 ms, $S_RPS searches/s, $S_ERR errors" "p99 $B_P99 ms (GET /api/v1/health, same sessions and connections)" "$(ratio "$S_P99" "$B_P99")" \
        "p99 <= 100 ms" "$(both "$(at_most "$S_P99" 100)" "$(at_most "$S_ERR" 0)")"

    say "session size: heap after a full collection, before and after 100 more staff sessions of 10 queue pages each"
    staff_pages() { # sessions-file: 10 queue pages in each session
        while read -r session; do
            for _ in $(seq 10); do curl -s -o /dev/null -b "JSESSIONID=$session" "$URL/staff/applications.xhtml"; done
        done < "$1"
    }
    staff_sessions 100 "$WORK/first-sessions.txt" && staff_pages "$WORK/first-sessions.txt"  # caches filled, not counted
    BEFORE=$(heap_used_mb)
    staff_sessions 100 "$WORK/more-sessions.txt" && staff_pages "$WORK/more-sessions.txt"
    AFTER=$(heap_used_mb)
    PER_SESSION=$(awk -v a="$BEFORE" -v b="$AFTER" 'BEGIN { printf "%.1f", (b - a) * 1024 / 100 }')
    record "Session size of a staff user after 10 work-queue pages (heap growth over 100 sessions / 100)" "$PER_SESSION KB" \
        "-" "-" "< 50 KB" "$(at_most "$PER_SESSION" 49.99)"
fi

if wants reports; then
    # Issue #25: each report for last year on the state-scale data, one signed-in staff member asking one page at a
    # time (a program manager), 10 times after a warm-up; the baseline is GET /api/v1/health asked the same way.
    staff_sessions 1 "$WORK/report-session.txt"
    REPORT_SESSION=$(head -1 "$WORK/report-session.txt")
    LAST_YEAR=$(( $(date -u +%Y) - 1 ))
    timings() { # URL: 10 page times in ms after one warm-up, one per line
        curl -s -o /dev/null -b "JSESSIONID=$REPORT_SESSION" "$1"
        for _ in $(seq 10); do
            curl -s -o /dev/null -b "JSESSIONID=$REPORT_SESSION" -w '%{time_total}\n' "$1"
        done | awk '{ printf "%.0f\n", $1 * 1000 }'
    }
    p95() { sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); print v[i] }'; }
    BASE_P95=$(timings "$URL/api/v1/health" | p95)
    for report in workforce pipeline training-and-test renewal screening network; do
        say "the $report report for $LAST_YEAR"
        STATUS=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$REPORT_SESSION" "$URL/reports/index.xhtml?report=$report")
        R_P95=$(timings "$URL/reports/index.xhtml?report=$report&from=$LAST_YEAR-01-01&to=$LAST_YEAR-12-31" | p95)
        record "Report \"$report\" for $LAST_YEAR ($($SQL -N -e "SELECT COUNT(*) FROM certificate") certificates, $($SQL -N -e "SELECT COUNT(*) FROM ce_activity") CE records), one staff member, page by page" \
            "p95 $R_P95 ms (HTTP $STATUS)" "p95 $BASE_P95 ms (GET /api/v1/health, same session)" "$(ratio "$R_P95" "$BASE_P95")" \
            "p95 <= 2000 ms" "$(both "$(at_most "$R_P95" 2000)" "$([ "$STATUS" = 200 ] && echo met || echo "NOT met")")"
    done
fi

if wants roster; then
    ROSTER_AGENCY=bench-agency-0001@bench.example.org UPLOAD_AGENCY=bench-agency-0002@bench.example.org
    sign_in "$WORK/roster-jar.txt" "$ROSTER_AGENCY"
    COOKIES_ROSTER=$WORK/roster-session.txt
    session_cookie "$WORK/roster-jar.txt" > "$COOKIES_ROSTER"
    ON_PAGE=$($SQL -N -e "SELECT COUNT(*) FROM roster_entry r JOIN agency_admin a ON a.agency_id = r.agency_id JOIN user_account u
        ON u.id = a.user_id WHERE u.email = '$ROSTER_AGENCY'")
    COOKIES=$COOKIES_ROSTER QUERY=roster wrk_run warm 10 1 -s bench/wrk/session.lua "$URL" > /dev/null
    say "the roster page of $ON_PAGE people, one user, ${SECONDS_EACH}s"
    read -r R_RPS R_P50 R_P95 R_P99 R_ERR < <(COOKIES=$COOKIES_ROSTER QUERY=roster wrk_run roster-page "$SECONDS_EACH" 1 -s bench/wrk/session.lua "$URL")
    read -r RB_RPS RB_P50 RB_P95 RB_P99 RB_ERR < <(wrk_run roster-baseline "$SECONDS_EACH" 1 -s bench/wrk/report.lua "$URL/api/v1/health")
    record "Agency roster page of $ON_PAGE people (each with certificate, CE, supervision, exclusion and billing verdict)" \
        "p95 $R_P95 ms, median $R_P50 ms, $R_ERR errors" "p95 $RB_P95 ms (GET /api/v1/health, one connection)" "$(ratio "$R_P95" "$RB_P95")" \
        "<= 300 ms" "$(both "$(at_most "$R_P95" 300)" "$(at_most "$R_ERR" 0)")"

    say "a 10,000-row roster file of certificates not yet on the second agency's roster, and one matching nobody"
    { echo "certificate_number,last_name,date_of_birth"
      $SQL -N -e "SELECT c.number, c.legal_last_name, a.date_of_birth FROM certificate c JOIN certification_application a ON a.id = c.application_id
        WHERE c.status = 'ACTIVE' AND c.id NOT IN (SELECT certificate_id FROM roster_entry r JOIN agency_admin g ON g.agency_id = r.agency_id
        JOIN user_account u ON u.id = g.user_id WHERE u.email = '$UPLOAD_AGENCY') ORDER BY c.id LIMIT 9999" | tr '\t' ','
      echo "PS-CPS-2020-999999,Nobody,1990-01-01"; } > "$DATA/roster-upload.csv"
    say "baseline: LOAD DATA of the same file and the SQL join that matches it"
    $SQL -e "DROP TABLE IF EXISTS bench_roster_raw; CREATE TABLE bench_roster_raw (number VARCHAR(40), last_name VARCHAR(100),
      date_of_birth DATE, INDEX (number)) ENGINE=InnoDB"
    T0=$(now)
    $SQL -e "LOAD DATA LOCAL INFILE '$DATA/roster-upload.csv' INTO TABLE bench_roster_raw FIELDS TERMINATED BY ',' IGNORE 1 LINES;
      SELECT COUNT(*) FROM bench_roster_raw r JOIN certificate c ON c.number = r.number JOIN certification_application a
      ON a.id = c.application_id AND a.date_of_birth = r.date_of_birth AND a.legal_last_name = r.last_name" > /dev/null
    BASE_UPLOAD=$(secs "$T0" "$(now)")
    $SQL -e "DROP TABLE bench_roster_raw"
    sign_in "$WORK/upload-jar.txt" "$UPLOAD_AGENCY"
    curl -s -b "$WORK/upload-jar.txt" -c "$WORK/upload-jar.txt" -D "$WORK/roster-form.headers" "$URL/agency/roster.xhtml" -o "$WORK/roster-form.html"
    say "uploading it"
    UPLOAD_S=$(curl -s -b "$WORK/upload-jar.txt" -c "$WORK/upload-jar.txt" -o "$WORK/upload-answer.html" -w '%{time_total}' -L \
        -F "upload=upload" -F "upload:file=@$DATA/roster-upload.csv;type=text/csv" -F "upload:uploadRoster=" \
        -F "jakarta.faces.ViewState=$(view_state "$WORK/roster-form.html")" -F "primefaces.nonce=$(page_nonce "$WORK/roster-form.headers")" \
        "$URL/agency/roster.xhtml")
    OUTCOME=$(grep -o '[0-9,]* added, [0-9,]* already on your roster, [0-9,]* lines not added' "$WORK/upload-answer.html" | head -1 || true)
    record "Agency roster upload of 10,000 rows ($OUTCOME)" "$(printf %.2f "$UPLOAD_S") s" "$BASE_UPLOAD s (LOAD DATA + matching join)" \
        "$(ratio "$UPLOAD_S" "$BASE_UPLOAD")" "<= 10 s, 9,999 added" "$(both "$(at_most "$UPLOAD_S" 10)" "$([[ $OUTCOME == 9,999\ added* ]] && echo met || echo "NOT met")")"
fi

if wants exclusion; then
    ROWS=$(($(wc -l < "$DATA/UPDATED.csv") - 1))
    say "baseline: LOAD DATA of the $ROWS-row list, and one read of everyone to screen"
    $SQL -e "DROP TABLE IF EXISTS bench_leie_raw; CREATE TABLE bench_leie_raw (c1 VARCHAR(100), c2 VARCHAR(100), c3 VARCHAR(100),
      c4 VARCHAR(200), c5 VARCHAR(100), c6 VARCHAR(100), c7 VARCHAR(20), c8 VARCHAR(10), c9 VARCHAR(8), c10 VARCHAR(200), c11 VARCHAR(100),
      c12 VARCHAR(2), c13 VARCHAR(10), c14 VARCHAR(20), c15 VARCHAR(8), c16 VARCHAR(8), c17 VARCHAR(8), c18 VARCHAR(2)) ENGINE=InnoDB"
    T0=$(now)
    $SQL -e "LOAD DATA LOCAL INFILE '$DATA/UPDATED.csv' INTO TABLE bench_leie_raw FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' IGNORE 1 LINES;
      SELECT id, applicant_id, legal_first_name, legal_last_name, date_of_birth FROM certification_application
      WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'DEFICIENT', 'ELIGIBLE')" > /dev/null
    BASE_EXCLUSION=$(secs "$T0" "$(now)")
    $SQL -e "DROP TABLE bench_leie_raw"
    RUNS=$($SQL -N -e "SELECT COUNT(*) FROM screening_run WHERE trigger_kind = 'IMPORT'")
    say "dropping the list into the inbox"
    T0=$(now)
    cp "$DATA/UPDATED.csv" "$WORK/inbox/UPDATED.csv.part" && mv "$WORK/inbox/UPDATED.csv.part" "$WORK/inbox/UPDATED.csv"
    until [ "$($SQL -N -e "SELECT COUNT(*) FROM screening_run WHERE trigger_kind = 'IMPORT' AND finished_at IS NOT NULL")" -gt "$RUNS" ]; do
        if [ "$($SQL -N -e "SELECT COUNT(*) FROM exclusion_import WHERE status IN ('REFUSED', 'FAILED')")" != 0 ]; then
            $SQL -e "SELECT id, status, problem FROM exclusion_import" >&2; exit 1
        fi
        sleep 0.2
    done
    EXCLUSION_S=$(secs "$T0" "$(now)")
    read -r SCREENED RAISED < <($SQL -N -e "SELECT subjects_screened, matches_raised FROM screening_run ORDER BY id DESC LIMIT 1")
    record "Exclusion list: $ROWS-row file dropped in the inbox -> list in force -> $SCREENED people screened ($RAISED matches)" \
        "$EXCLUSION_S s" "$BASE_EXCLUSION s (LOAD DATA + one read of the people)" "$(ratio "$EXCLUSION_S" "$BASE_EXCLUSION")" "<= 60 s" \
        "$(at_most "$EXCLUSION_S" 60)"
fi

if wants soak; then
    [ -s "$COOKIES" ] || staff_sessions "$STAFF_USERS" "$COOKIES"
    say "soak: ${SOAK_SECONDS}s of public lookups, name searches and staff queue pages at once"
    SOAK_START=$(heap_used_mb)
    jstat -gcutil "$(server_pid)" 10000 > "$WORK/gcutil-soak.txt" &
    JSTAT=$!
    wrk_run soak-api "$SOAK_SECONDS" 8 -s bench/wrk/certificate.lua "$URL" > "$WORK/soak-api.report" &
    API=$!
    wrk_run soak-names "$SOAK_SECONDS" 4 -s bench/wrk/verify-name.lua "$URL" > "$WORK/soak-names.report" &
    NAME_SEARCH=$!
    QUERY=page wrk_run soak-queue "$SOAK_SECONDS" 2 -s bench/wrk/session.lua "$URL" > "$WORK/soak-queue.report"
    wait "$API" "$NAME_SEARCH"
    kill "$JSTAT"
    SOAK_END=$(heap_used_mb)
    SOAK_ERRORS=$(cat "$WORK"/soak-*.report | awk '{ s += $5 } END { print s + 0 }')
    SOAK_REQUESTS=$(cat "$WORK"/soak-*.report | awk -v t="$SOAK_SECONDS" '{ s += $1 * t } END { printf "%.0f", s }')
    GROWTH=$(awk -v a="$SOAK_START" -v b="$SOAK_END" 'BEGIN { printf "%.1f", b - a }')
    record "Heap over a ${SOAK_SECONDS}-s soak ($SOAK_REQUESTS requests, $SOAK_ERRORS errors): live heap after a full GC, before -> after" \
        "$SOAK_START MB -> $SOAK_END MB ($GROWTH MB)" "-" "-" "no growth (< 32 MB), no errors" \
        "$(both "$(at_most "$GROWTH" 32)" "$(at_most "$SOAK_ERRORS" 0)")"
fi

SECTION="heap $(date -u '+%Y-%m-%d %H:%M')"
PEAK=$({ cat "$WORK"/jstat-*.txt 2> /dev/null || true; } | awk '$1 ~ /^[0-9.]+$/ && NF >= 10 { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used }
    END { printf "%.0f", max }')
OOM=$(grep -c OutOfMemoryError "$SERVER/log/server.log" || true)
record "Heap throughout the run (-Xmx1g): peak used, OutOfMemoryErrors" "$PEAK MB, $OOM OOM" "1024 MB (the cap)" \
    "$(ratio "$PEAK" 1024)" "< 1 GB, no OOM" "$(both "$(at_most "$PEAK" 1023)" "$(at_most "$OOM" 0)")"

if wants reminders; then
    say "reminders: baseline, the raw SQL of the scan into a scratch copy of the notice table"
    $SQL -e "DROP TABLE IF EXISTS bench_notice; CREATE TABLE bench_notice LIKE notice"
    T0=$(now)
    $SQL -e "SELECT c.id, c.holder_id, u.email, u.first_name, u.last_name, c.number, c.expires_on FROM certificate c JOIN user_account u
      ON u.id = c.holder_id WHERE c.status IN ('ACTIVE', 'SUSPENDED') AND c.expires_on BETWEEN UTC_DATE() AND UTC_DATE() + INTERVAL 90 DAY;
      INSERT IGNORE INTO bench_notice (recipient_id, subject, body, dedupe_key, created_at)
      SELECT c.holder_id, CONCAT('Your certificate ', c.number, ' expires soon'), REPEAT('x', 400),
        CONCAT('expiry-reminder:', c.id, ':', c.expires_on, ':', DATEDIFF(c.expires_on, UTC_DATE())), NOW(6)
      FROM certificate c WHERE c.status = 'ACTIVE' AND c.expires_on BETWEEN UTC_DATE() AND UTC_DATE() + INTERVAL 90 DAY" > /dev/null
    BASE_REMINDERS=$(secs "$T0" "$(now)")
    $SQL -e "DROP TABLE bench_notice"
    ACTIVE=$($SQL -N -e "SELECT COUNT(*) FROM certificate WHERE status IN ('ACTIVE', 'SUSPENDED')")
    say "restarting with the reminder job firing every 20 s; its first (catch-up) scan is timed by the job itself"
    stop_server
    # A run before this one sent them: the scan is timed with every reminder still to send, as on the generated data.
    $SQL -e "DELETE FROM mail_outbox WHERE dedupe_key LIKE 'expiry-reminder%'; DELETE FROM notice WHERE dedupe_key LIKE 'expiry-reminder%'"
    start_portal "0/20 * * * * ?"
    until [ "$(grep -c 'Expiry reminders sent:' "$SERVER/log/server.log")" -ge 2 ]; do sleep 1; done
    read -r SENT SCAN_MS < <(grep 'Expiry reminders sent:' "$SERVER/log/server.log" | head -1 | sed -E 's/.*sent: ([0-9]+) in ([0-9]+) ms.*/\1 \2/')
    read -r AGAIN AGAIN_MS < <(grep 'Expiry reminders sent:' "$SERVER/log/server.log" | sed -n 2p | sed -E 's/.*sent: ([0-9]+) in ([0-9]+) ms.*/\1 \2/')
    SCAN_S=$(awk -v m="$SCAN_MS" 'BEGIN { printf "%.2f", m / 1000 }')
    record "Daily reminder scan over $ACTIVE active or suspended certificates: $SENT reminders queued (second scan: $AGAIN in $AGAIN_MS ms)" \
        "$SCAN_S s" "$BASE_REMINDERS s (raw SQL of the scan)" "$(ratio "$SCAN_S" "$BASE_REMINDERS")" "<= 60 s" "$(at_most "$SCAN_S" 60)"
fi
stop_server

write_results() {
    local mariadb_version; mariadb_version=$(mariadb -N -e 'SELECT VERSION()')
    local cluster=""  # bench/cluster.sh's section (#23) is its own; it is kept as it was
    [ -f bench/RESULTS.md ] && cluster=$(sed -n '/^## Cluster/,$p' bench/RESULTS.md)
    {
        echo "# Benchmark results"
        echo
        echo "Written by \`bench/run-all.sh\` ($SECTIONS), started $STARTED, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' with local changes')."
        if [ "${BENCH_APPEND:-0}" = 1 ]; then
            echo "Rows of the sections not run this time are kept from the runs before; the first column says when each was measured."
        fi
        echo
        echo "- Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(free -g | awk '/Mem:/ { print $2 }') GB memory"
        echo "- JDK: $(java -version 2>&1 | head -1); WildFly $(basename "$WILDFLY" | sed 's/wildfly-//'), $HEAP_OPTS; MariaDB $mariadb_version"
        echo "- Data ($DB): $($SQL -N -e "SELECT CONCAT(FORMAT((SELECT COUNT(*) FROM certification_application), 0), ' applications, ',
            FORMAT((SELECT COUNT(*) FROM certificate), 0), ' certificates, ', FORMAT((SELECT COUNT(*) FROM ce_activity), 0), ' CE records, ',
            FORMAT((SELECT COUNT(*) FROM agency), 0), ' agencies, ', FORMAT((SELECT COUNT(*) FROM roster_entry), 0), ' roster entries, ',
            FORMAT((SELECT COUNT(*) FROM supervision_session), 0), ' supervision logs')")"
        echo "- Load: wrk on localhost, closed loop (each connection sends its next request when the answer is in); public"
        echo "  endpoints $CONNECTIONS connections; staff pages $STAFF_CONNECTIONS connections taking the $STAFF_USERS signed-in sessions in turn"
        echo "  (at least 3 times the pages that $STAFF_USERS people each opening a page a second would ask for; wrk's own pauses"
        echo "  between requests were tried and dropped: they added tens of ms to even the trivial endpoint's latency)."
        echo "  Each run ${SECONDS_EACH} s after a 10 s warm-up, the soak ${SOAK_SECONDS} s."
        echo
        echo "| Section, measured (UTC) | Benchmark | Figure | Baseline (same run) | Ratio | Target | Met |"
        echo "|---|---|---|---|---|---|---|"
        awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$RESULTS"
        echo
        echo "wrk's full outputs and the server log of this run are in \`target/bench/\`."
        if [ -n "$cluster" ]; then printf '\n%s\n' "$cluster"; fi
    } > bench/RESULTS.md
}
write_results
say "wrote bench/RESULTS.md"
cat bench/RESULTS.md
