#!/usr/bin/env bash
# State-scale synthetic data (issue #11) in MariaDB, through the portal's own schema:
#
#   bench/generate.sh [people] [ce-records] [agencies] [roster-entries] [supervision-logs] [exclusion-list-rows]
#
# Defaults: 100,000 certificants (applications, document metadata, background checks, training, exam results and
# certificates in every state), 1,000,000 CE records, 1,000 agencies with 50,000 roster entries, 20,000
# supervision logs and an 80,000-row exclusion-list file (target/bench/data/UPDATED.csv, for the import benchmark).
# The database BENCH_DB (default peercert_bench) is dropped and recreated; the portal's first start creates the
# schema with its Flyway migrations and the demo users, then the generated rows are loaded with LOAD DATA.
# Generated accounts (bench-staff-01..20, bench-agency-0001.., cert000001..@bench.example.org) take the demo password.
# Target: under 5 minutes for generating and loading.
source "$(dirname "$0")/lib.sh"

build_portal
prepare_server
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
say "creating the schema: the portal's first start runs its migrations and seeds the demo users"
start_server /verify.xhtml -Dpeercert.scheduler.enabled=false -Dpeercert.demo.seed=true > /dev/null
[ "$($SQL -N -e "SELECT COUNT(*) FROM user_account WHERE email = 'staff@demo.peercert.test'")" = 1 ] \
    || { say "the demo users were not seeded; see $WORK/server.out"; exit 1; }
stop_server

T0=$(now)
rm -rf "$DATA" && mkdir -p "$DATA"
$SQL -N -e "SELECT id, minutes FROM curriculum_module WHERE version_id = (SELECT MIN(id) FROM curriculum_version) ORDER BY sort_order" \
    > "$DATA/modules.txt"
say "generating the rows (synthetic names)"
python3 bench/generate.py "$DATA" "$DATA/modules.txt" "$(date -u +%F)" "$@" | sed 's/^/  /' >&2
T1=$(now)

say "loading them with LOAD DATA"
LOAD="SET foreign_key_checks = 0; SET unique_checks = 0;"
for file in "$DATA"/*.columns; do
    table=$(basename "$file" .columns)
    LOAD="$LOAD LOAD DATA LOCAL INFILE '$DATA/$table.tsv' INTO TABLE $table ($(cat "$file"));"
done
$SQL -e "$LOAD
  LOAD DATA LOCAL INFILE '$DATA/certificate_number_scope.tsv' REPLACE INTO TABLE certificate_number_scope (scope, last_value);
  SELECT password_hash INTO @demo FROM user_account WHERE email = 'staff@demo.peercert.test';
  UPDATE user_account SET password_hash = @demo WHERE email LIKE '%@bench.example.org';
  ANALYZE TABLE user_account, user_role, certification_application, application_document, background_check, cohort,
    cohort_enrolment, module_attendance, exam_sitting, certificate, renewal, ce_activity, agency, agency_admin, roster_entry,
    supervisor_qualification, supervision_assignment, supervision_session, certificate_status_entry, training_completion,
    postal_area;" > /dev/null
T2=$(now)

echo "GENERATED $(secs "$T0" "$T2") s: rows written in $(secs "$T0" "$T1") s, loaded in $(secs "$T1" "$T2") s"
$SQL -e "SELECT 'certificants' what, COUNT(*) n FROM certification_application
  UNION ALL SELECT CONCAT('certificates ', status), COUNT(*) FROM certificate GROUP BY status
  UNION ALL SELECT 'CE records', COUNT(*) FROM ce_activity UNION ALL SELECT 'agencies', COUNT(*) FROM agency
  UNION ALL SELECT 'roster entries', COUNT(*) FROM roster_entry UNION ALL SELECT 'supervision logs', COUNT(*) FROM supervision_session
  UNION ALL SELECT 'module attendance rows', COUNT(*) FROM module_attendance" >&2
