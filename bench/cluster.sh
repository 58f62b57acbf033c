#!/usr/bin/env bash
# Issue #23: the portal on two WildFly nodes behind HAProxy, on one MariaDB database, and what happens when a node, the
# database or the mail server goes away.
#
#   bench/cluster.sh              # every scenario, about 8 minutes on 2 cores
#   bench/cluster.sh 3 7          # only the scenarios named (the cluster is started all the same)
#
# Starts a MariaDB of its own (a fresh data folder, port 3307, which scenario 4 kills), a mail server of its own
# (bench/smtp_sink.py, port 2525), two nodes of the portal (standalone-ha: node1 on 8081, node2 on
# 8082, management 9991 and 9992, JGroups TCP 7601 and 7602) sharing the documents folder target/cluster/documents, and
# HAProxy on 127.0.0.1:8080 (CLUSTER_PORT) with sticky sessions and readiness checks. Runs the scenarios, prints pass or
# fail with the figures, writes the `cluster` section of bench/RESULTS.md, and stops everything it started.
# Needs: haproxy, wrk, curl, python3 with selenium, chromium and chromedriver (apt-get install -y haproxy wrk
# python3-selenium chromium chromium-driver). Every address is loopback; every loop is bounded in count and time.
BENCH_DB=${BENCH_DB:-peercert_cluster}
BENCH_PORT_OFFSET=${CLUSTER_PORT_OFFSET:-0}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CL=target/cluster
BALANCER_PORT=${CLUSTER_PORT:-8080}
BALANCER="http://localhost:$BALANCER_PORT"
CLUSTER_DB_PORT=${CLUSTER_DB_PORT:-3307}
SMTP_PORT=${CLUSTER_SMTP_PORT:-2525}
MAILS=$CL/mails.tsv
DOCUMENTS=$PWD/$CL/documents
OUTCOMES=$CL/outcomes.tsv
SCENARIOS=${*:-1 2 3 4 5 6 7}
CLUSTER_START=$(now)

node_http() { echo "http://localhost:$((8080 + $1))"; }
node_management() { echo "http://localhost:$((9990 + $1))"; }
node_dir() { echo "$PWD/$CL/node$1"; }
node_pid() { pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$(node_dir "$1")( |$)" | head -1 || true; }
wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }

# outcome NUMBER NAME FIGURES PASS|FAIL: one line of the summary and of RESULTS.md
outcome() {
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$OUTCOMES"
    say "SCENARIO $1 ($2): $4 — $3"
}
verdict() { if [ "$1" = true ]; then echo pass; else echo FAIL; fi; }

# --- the server configuration of a node -------------------------------------------------------------------------
# The provisioned server's standalone folder, with server.cli applied to standalone-ha.xml (the settings of one node)
# and cluster.cli after it (JGroups over TCP with the members listed, no mod_cluster, a transaction id per node).
prepare_template() {
    local template=$PWD/$CL/template
    rm -rf "$template" && cp -r "$WILDFLY/standalone" "$template"
    rm -rf "$template"/deployments/* "$template"/data "$template"/tmp "$template"/log
    sed 's/--server-config=standalone.xml/--server-config=standalone-ha.xml/' wildfly-config/server.cli > "$CL/server-ha.cli"
    for script in "$CL/server-ha.cli" wildfly-config/cluster.cli; do
        JAVA_OPTS="-Djboss.server.base.dir=$template" "$WILDFLY/bin/jboss-cli.sh" --file="$script" > "$CL/cli.log" 2>&1 \
            || { say "configuring the nodes failed; see $CL/cli.log"; return 1; }
    done
}

# start_node N [-Dname=value...]: a fresh copy of the template on port offset N, the portal deployed in it
start_node() {
    local n=$1; shift
    local dir; dir=$(node_dir "$n")
    rm -rf "$dir" && cp -r "$PWD/$CL/template" "$dir" && cp target/peercert.war "$dir/deployments/"
    JAVA_OPTS="-Xms512m -Xmx768m -XX:+UseG1GC" "$WILDFLY/bin/standalone.sh" -c standalone-ha.xml \
        -Djboss.server.base.dir="$dir" -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" \
        -Djboss.socket.binding.port-offset="$n" -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
        -Dpeercert.storage.dir="$DOCUMENTS" -Dpeercert.base-url="$BALANCER" \
        -Dpeercert.mail.host=127.0.0.1 -Dpeercert.mail.port="$SMTP_PORT" \
        -Dpeercert.outbox.poll-seconds=1 -Dpeercert.outbox.retry-first-seconds=2 -Dpeercert.outbox.retry-max-seconds=5 \
        -Dpeercert.renewal.reminder-cron="0 0 0 1 1 ? 2099" "${NODE_OPTIONS[@]}" "$@" > "$CL/node$n.out" 2>&1 &
}

# wait_ready N [SECONDS]: until the node says it is ready and serves a page (at most SECONDS, default 180)
wait_ready() {
    local n=$1 limit=${2:-180} t0; t0=$(now)
    for _ in $(seq $((limit * 2))); do
        if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$(node_management "$n")/health/ready")" = 200 ] \
            && [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$(node_http "$n")/verify.xhtml")" = 200 ]; then
            secs "$t0" "$(now)"; return 0
        fi
        sleep 0.5
    done
    say "node$n was not ready within $limit s; see $CL/node$n.out"; return 1
}

stop_node() { # N [signal]
    local pid; pid=$(node_pid "$1")
    [ -n "$pid" ] || return 0
    kill "-${2:-TERM}" "$pid" 2> /dev/null || true
    for _ in $(seq 120); do kill -0 "$pid" 2> /dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2> /dev/null || true
}

# --- the balancer and the mail server ---------------------------------------------------------------------------
start_balancer() {
    cat > "$CL/haproxy.cfg" <<EOF
# Written by bench/cluster.sh (#23). Sticky sessions by a cookie of the balancer's own; a node that is not ready
# (readiness on its management port) or does not answer gets no requests, and a request whose node has gone is sent
# to the other (redispatch), where the session is, as Infinispan keeps every session on both nodes.
global
    maxconn 1024
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    option redispatch 1
frontend portal
    bind 127.0.0.1:$BALANCER_PORT
    # The client's address for the nodes, replacing whatever the client sent (the nodes here do not read it: without
    # PEERCERT_BEHIND_TLS_PROXY they count the balancer's address; see the README)
    http-request set-header X-Forwarded-For %[src]
    default_backend nodes
backend nodes
    balance roundrobin
    cookie PEERCERT_NODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    # A node that is stopping answers 503 until the checks see it go (at most 2 s): a GET is tried again on the
    # other node then, as on a refused connection; a form posted is never sent twice.
    retry-on conn-failure empty-response response-timeout 503
    http-request disable-l7-retry if !METH_GET
    server node1 127.0.0.1:8081 check port 9991 cookie node1
    server node2 127.0.0.1:8082 check port 9992 cookie node2
    # When neither node is ready (the database is away), the nodes themselves answer: the portal's own 503 page, with
    # its retry time, rather than the balancer's.
    option allbackups
    server node1-unready 127.0.0.1:8081 backup
    server node2-unready 127.0.0.1:8082 backup
EOF
    haproxy -c -q -f "$CL/haproxy.cfg" || { say "HAProxy refuses $CL/haproxy.cfg"; return 1; }
    haproxy -f "$CL/haproxy.cfg" -db >> "$CL/haproxy.out" 2>&1 &
    echo $! > "$CL/haproxy.pid"
}
stop_balancer() { [ -f "$CL/haproxy.pid" ] && kill "$(cat "$CL/haproxy.pid")" 2> /dev/null; rm -f "$CL/haproxy.pid"; }

start_mail() {
    if (echo > "/dev/tcp/127.0.0.1/$SMTP_PORT") 2> /dev/null; then say "port $SMTP_PORT is taken: another mail server runs there"; return 1; fi
    python3 bench/smtp_sink.py "$SMTP_PORT" "$MAILS" >> "$CL/smtp.out" 2>&1 &
    echo $! > "$CL/smtp.pid"
    for _ in $(seq 50); do (echo > "/dev/tcp/127.0.0.1/$SMTP_PORT") 2> /dev/null && return 0; sleep 0.1; done
    say "the mail server did not start; see $CL/smtp.out"; return 1
}
stop_mail() { [ -f "$CL/smtp.pid" ] && kill "$(cat "$CL/smtp.pid")" 2> /dev/null; rm -f "$CL/smtp.pid"; }

stop_all() {
    stop_balancer
    stop_node 1 KILL
    stop_node 2 KILL
    stop_mail
}

# --- data the scenarios need ------------------------------------------------------------------------------------
# An agency API key for the load of scenarios 6 and 7: the agency's lookup budget is lifted on the nodes, the
# per-address one is not (scenario 3 counts it).
agency_key() {
    local secret; secret=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' | cut -c1-43)
    private_sql peercert -e "INSERT INTO agency_api_key (agency_id, prefix, secret_hash, label, created_by, created_at)
        SELECT id, 'clusterk', SHA2('$secret', 256), 'bench/cluster.sh', 'agency@demo.peercert.test', NOW(6) FROM agency ORDER BY id LIMIT 1"
    echo "pck_clusterk_$secret"
}

# REMINDED certificates, each due one expiry reminder today (expiring within 1 to 89 days), on accounts of their own
due_reminders() {
    private_sql peercert -e "
        INSERT INTO user_account (id, email, first_name, last_name, status, created_at, verified_at)
          SELECT 1000000 + seq, CONCAT('reminded-', seq, '@cluster.example.org'), 'Remi', CONCAT('Holder', seq), 'ACTIVE', NOW(6), NOW(6)
          FROM seq_1_to_$REMINDED;
        INSERT INTO certification_application (id, applicant_id, track, status, legal_first_name, legal_last_name, created_at, updated_at)
          SELECT 1000000 + seq, 1000000 + seq, 'CPS', 'ELIGIBLE', 'Remi', CONCAT('Holder', seq), NOW(6), NOW(6) FROM seq_1_to_$REMINDED;
        INSERT INTO certificate (id, number, application_id, holder_id, track, legal_first_name, legal_last_name, first_name_key,
            last_name_key, issued_on, expires_on, status, status_changed_at, issued_by)
          SELECT 1000000 + seq, CONCAT('PS-CPS-1999-', LPAD(seq, 6, '0')), 1000000 + seq, 1000000 + seq, 'CPS', 'Remi',
            CONCAT('Holder', seq), 'REMI', CONCAT('HOLDER', seq), UTC_DATE() - INTERVAL 300 DAY,
            UTC_DATE() + INTERVAL (1 + seq MOD 89) DAY, 'ACTIVE', NOW(6), 'bench/cluster.sh' FROM seq_1_to_$REMINDED"
}

# request_reset NODE EMAIL: the forgotten-password form, posted on one node (a mail to send)
request_reset() {
    local base; base=$(node_http "$1")
    local jar page headers; jar=$(mktemp) page=$(mktemp) headers=$(mktemp)
    curl -s -c "$jar" -D "$headers" "$base/account/forgot-password.xhtml" -o "$page"
    curl -s -b "$jar" -o /dev/null -d "forgot=forgot" --data-urlencode "forgot:email=$2" -d "forgot:send=" \
        --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" \
        --data-urlencode "primefaces.nonce=$(page_nonce "$headers")" "$base/account/forgot-password.xhtml"
    rm -f "$jar" "$page" "$headers"
}

# --- the scenarios ----------------------------------------------------------------------------------------------
scenario_1() { # a node dies mid-session
    local pids result
    pids="node1=$(node_pid 1),node2=$(node_pid 2)"
    result=$($PYTHON bench/cluster_session.py failover "$BALANCER" "$APPLICANT" "$DEMO_PASSWORD" "$pids" 2>> "$CL/browser.log" | tail -1)
    local killed; killed=$(echo "$result" | sed -n 's/.*killed=node\([0-9]\).*/\1/p')
    local draft; draft=$(private_sql -N peercert -e "SELECT CONCAT_WS(', ', a.address_line, a.city, a.postal_code, a.phone) FROM
        certification_application a JOIN user_account u ON u.id = a.applicant_id WHERE u.email = '$APPLICANT'")
    local kept=false; [ "$draft" = "12 Failover Lane, Hays, 67601, 785-555-0123" ] && kept=true
    local went_on=false; [[ "$result" == *"step2=yes signin_again=no"* ]] && went_on=true
    outcome 1 "A node dies mid-session" "${result:-no answer from the browser}; draft after step 1: ${draft:-none}" \
        "$(verdict "$([ $went_on = true ] && [ $kept = true ] && echo true)")"
    [ -n "$killed" ] && { start_node "$killed"; RESTARTING=$killed; }
}

scenario_2() { # a node dies mid-job
    say "scenario 2: $REMINDED certificates due a reminder; the scan starts on whichever node acquires it"
    due_reminders
    private_sql peercert -e "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = (UNIX_TIMESTAMP() + 1) * 1000 WHERE TRIGGER_NAME = 'ExpiryReminderJob'"
    local running="" t0; t0=$(now)
    for _ in $(seq 120); do # the scheduler looks for due triggers at least every 30 s
        running=$(private_sql -N peercert -e "SELECT INSTANCE_NAME FROM QRTZ_FIRED_TRIGGERS WHERE TRIGGER_NAME = 'ExpiryReminderJob' LIMIT 1")
        [ -n "$running" ] && break; sleep 0.5
    done
    local victim; victim=$(grep -l "$running" "$CL"/node1.out "$CL"/node2.out 2> /dev/null | head -1 | sed 's/.*node\([0-9]\).out/\1/')
    local before=0
    for _ in $(seq 120); do # until the scan is well under way: some reminders in the outbox
        before=$(reminders_queued); [ "$before" -ge $((REMINDED / 10)) ] && break; sleep 0.5
    done
    stop_node "$victim" KILL
    say "scenario 2: node$victim killed with $before of $REMINDED reminders queued; the other node takes the job over"
    local queued=0
    for _ in $(seq 360); do # bounded: 3 minutes
        queued=$(reminders_queued); [ "$queued" -ge "$REMINDED" ] && break; sleep 0.5
    done
    sleep 2; queued=$(reminders_queued)
    local twice; twice=$(private_sql -N peercert -e "SELECT COUNT(*) FROM (SELECT SUBSTRING_INDEX(SUBSTRING_INDEX(dedupe_key, ':', 2), ':', -1)
        AS certificate, COUNT(*) AS n FROM mail_outbox WHERE dedupe_key LIKE 'expiry-reminder:%' GROUP BY certificate HAVING n > 1) t")
    local took; took=$(secs "$t0" "$(now)")
    # the benchmark's reminders are not sent on to the mail server: the scenarios after this one count their own mail
    private_sql peercert -e "UPDATE mail_outbox SET status = 'CAPTURED' WHERE dedupe_key LIKE 'expiry-reminder:%' AND status = 'PENDING'"
    outcome 2 "A node dies mid-job" "scan on node$victim killed at $before queued; after take-over $queued of $REMINDED queued, $twice twice; ${took} s in all" \
        "$(verdict "$([ -n "$victim" ] && [ "$before" -lt "$REMINDED" ] && [ "$queued" = "$REMINDED" ] && [ "$twice" = 0 ] && echo true)")"
    if [ -n "$victim" ]; then start_node "$victim"; RESTARTING=$victim; fi
}
reminders_queued() { private_sql -N peercert -e "SELECT COUNT(*) FROM mail_outbox WHERE dedupe_key LIKE 'expiry-reminder:%'"; }

scenario_3() { # documents and throttles across nodes
    local result node session link other code same=false
    result=$($PYTHON bench/cluster_session.py upload "$BALANCER" "$APPLICANT" "$DEMO_PASSWORD" "$PWD/$CL/diploma.pdf" 2>> "$CL/browser.log" | tail -1)
    node=$(echo "$result" | sed -n 's/.*node=node\([0-9]\).*/\1/p')
    session=$(echo "$result" | sed -n 's/.*session=\([^ ]*\).*/\1/p')
    link=$(echo "$result" | sed -n 's/.*link=\([^ ]*\).*/\1/p')
    other=$((3 - ${node:-1}))
    code=$(curl -s -b "JSESSIONID=$session" -o "$CL/downloaded.pdf" -w '%{http_code}' "$(node_http "$other")$link")
    cmp -s "$CL/downloaded.pdf" "$CL/diploma.pdf" && same=true
    outcome 3a "A document uploaded on one node downloads on the other" "uploaded through node${node:-?}, downloaded from node$other: $code, same bytes: $same" \
        "$(verdict "$([ "$code" = 200 ] && [ $same = true ] && echo true)")"

    local answer="$CL/signin-answer.html" n
    for n in $(seq 10); do URL=$(node_http $((n % 2 + 1))) sign_in "$CL/throttle-jar.txt" "$THROTTLED" "not-the-password"; done
    URL=$(node_http 1) sign_in "$CL/throttle-jar.txt" "$THROTTLED" "$DEMO_PASSWORD" "$answer"
    local held1=false held2=false
    grep -q "Too many failed sign-ins" "$answer" && held1=true
    URL=$(node_http 2) sign_in "$CL/throttle-jar.txt" "$THROTTLED" "$DEMO_PASSWORD" "$answer"
    grep -q "Too many failed sign-ins" "$answer" && held2=true
    outcome 3b "Ten failed sign-ins over both nodes throttle the email" "5 failures on each node; the right password then held back on node1: $held1, on node2: $held2" \
        "$(verdict "$([ $held1 = true ] && [ $held2 = true ] && echo true)")"

    local number codes
    number=$(private_sql -N peercert -e "SELECT number FROM certificate WHERE status = 'ACTIVE' ORDER BY id LIMIT 1")
    codes=$(for n in $(seq $((LOOKUPS_PER_MINUTE + 10))); do
        curl -s -o /dev/null -w '%{http_code}\n' "$(node_http $((n % 2 + 1)))/api/v1/certificates/$number"; done | tally)
    outcome 3c "Lookups over both nodes hit one limit" "$((LOOKUPS_PER_MINUTE + 10)) lookups from one address, alternating nodes, limit $LOOKUPS_PER_MINUTE a minute: $codes" \
        "$(verdict "$([ "$codes" = "200×$LOOKUPS_PER_MINUTE 429×10" ] && echo true)")"
}

scenario_4() { # the database goes away for 20 seconds under steady traffic
    local probes=$CL/outage-probes.tsv number pids_before
    number=$(private_sql -N peercert -e "SELECT number FROM certificate WHERE status = 'ACTIVE' ORDER BY id LIMIT 1")
    pids_before="$(node_pid 1) $(node_pid 2)"
    : > "$probes"
    local start; start=$(now)
    probe_round() { # PHASE
        local t; t=$(secs "$start" "$(now)")
        printf '%s\t%s\tpage\t%s\n' "$t" "$1" "$(curl -s -o "$CL/outage-page.html" -m 10 -w '%{http_code}' "$BALANCER/verify/$number")"
        if [ "$1" = down ] && ! grep -q "Briefly unavailable" "$CL/outage-page.html"; then printf '%s\t%s\tnot-ours\t1\n' "$t" "$1"; fi
        if grep -qi "exception\|stack trace\|at org\.\|at java\." "$CL/outage-page.html"; then printf '%s\t%s\tinternals\t1\n' "$t" "$1"; fi
        printf '%s\t%s\tapi\t%s\n' "$t" "$1" "$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "Authorization: Bearer $AGENCY_KEY" "$BALANCER/api/v1/certificates/$number")"
        printf '%s\t%s\tready\t%s+%s\n' "$t" "$1" "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$(node_management 1)/health/ready")" \
            "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$(node_management 2)/health/ready")"
    }
    rounds() { probe_rounds probe_round "$probes" "$@"; } # PHASE SECONDS
    rounds before 5
    kill -9 "$(private_db_pid)"
    rounds down 20
    private_db_start
    local back; back=$(secs "$start" "$(now)")
    rounds after 35
    codes() { probe_codes "$probes" "$@"; } # PHASE WHAT
    local recovered; recovered=$(awk -F'\t' -v back="$back" '$2 == "after" && ($3 == "page" || $3 == "api" || $3 == "ready") {
        ok[$1] += ($4 == 200 || $4 == "200+200"); n[$1]++ } END { for (t in n) if (ok[t] == n[t] && (best == "" || t + 0 < best + 0)) best = t
        if (best == "") print "never"; else printf "%.1f", best - back }' "$probes")
    local page api ready foreign internals
    page=$(codes down page) api=$(codes down api) ready=$(codes down ready)
    foreign=$(awk -F'\t' '$3 == "not-ours"' "$probes" | wc -l) internals=$(awk -F'\t' '$3 == "internals"' "$probes" | wc -l)
    local half; half=$(private_sql -N peercert -e "SELECT
        (SELECT COUNT(*) FROM certificate_number_scope s WHERE s.last_value <> (SELECT COUNT(*) FROM certificate c WHERE c.number LIKE CONCAT(s.scope, '%')))
      + (SELECT COUNT(*) FROM certification_application WHERE status <> 'DRAFT' AND status <> 'WITHDRAWN' AND submitted_at IS NULL)")
    local only503=false; [[ "$page" =~ ^503×[0-9]+$ ]] && [[ "$api" =~ ^503×[0-9]+$ ]] && only503=true
    local notready=false; [[ "$ready" =~ ^503\+503×[0-9]+$ ]] && notready=true
    local same=false; [ "$pids_before" = "$(node_pid 1) $(node_pid 2)" ] && same=true
    local fast=false; [ "$recovered" != never ] && awk -v r="$recovered" 'BEGIN { exit !(r <= 30) }' && fast=true
    outcome 4 "The database goes away for 20 seconds" "while down: page $page, API $api, readiness node1+node2 $ready, other pages $foreign, internals shown $internals; all 200 again $recovered s after its return; half-done changes $half; nodes restarted: $([ $same = true ] && echo no || echo yes)" \
        "$(verdict "$([ $only503 = true ] && [ $notready = true ] && [ "$foreign" = 0 ] && [ "$internals" = 0 ] && [ $fast = true ] && [ "$half" = 0 ] && [ $same = true ] && echo true)")"
}

scenario_5() { # the mail server goes away
    local recipients="trainer supervisor provider committee2 multi" who n=0
    stop_mail
    for who in $recipients; do n=$((n + 1)); request_reset $((n % 2 + 1)) "$who@demo.peercert.test"; done
    sleep 5 # both nodes try, fail and put the mails back for later
    local tried; tried=$(private_sql -N peercert -e "SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE '%@demo.peercert.test'
        AND subject LIKE '%password%' AND status = 'PENDING' AND attempts > 0")
    start_mail
    local sent=0
    for _ in $(seq 120); do # bounded: 60 s
        sent=$(private_sql -N peercert -e "SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE '%@demo.peercert.test' AND subject LIKE '%password%' AND status = 'SENT'")
        [ "$sent" -ge 5 ] && break; sleep 0.5
    done
    sleep 3 # a second delivery, were there one, would show now
    local received twice
    received=$(grep -ci "password" "$MAILS" || true)
    twice=$(grep -i "password" "$MAILS" | cut -f1 | sort | uniq -d | wc -l)
    outcome 5 "The mail server goes away" "5 reset mails asked for over both nodes while it was down: $tried waiting after failed tries; once it was back: $sent sent, $received received, $twice recipients twice" \
        "$(verdict "$([ "$tried" = 5 ] && [ "$sent" = 5 ] && [ "$received" = 5 ] && [ "$twice" = 0 ] && echo true)")"
}

scenario_6() { # clean shutdown of a node under load
    NUMBERS=$CL/numbers.txt AGENCY_KEY=$AGENCY_KEY wrk -t2 -c16 -d20s --timeout 10s --latency -s bench/wrk/agency-certificate.lua "$BALANCER" > "$CL/shutdown-wrk.txt" &
    local load=$!
    sleep 5
    local t0; t0=$(now)
    "$WILDFLY/bin/jboss-cli.sh" --controller=localhost:9992 --connect --command=":shutdown(suspend-timeout=10)" > "$CL/shutdown-cli.txt" 2>&1 || true
    for _ in $(seq 120); do [ -z "$(node_pid 2)" ] && break; sleep 0.25; done
    local took; took=$(secs "$t0" "$(now)")
    wait $load
    local report errors
    report=$(awk '/^REPORT / { print $2 " req/s, p99 " $5 " ms" }' "$CL/shutdown-wrk.txt")
    errors=$(awk '/^REPORT / { print $6 }' "$CL/shutdown-wrk.txt")
    outcome 6 "Clean shutdown of a node under load" "node2 stopped in $took s with 16 connections on the API through the balancer ($report, $errors errors)" \
        "$(verdict "$([ -z "$(node_pid 2)" ] && awk -v t="$took" 'BEGIN { exit !(t <= 30) }' && [ "$errors" = 0 ] && echo true)")"
}

scenario_7() { # throughput: two nodes against one
    local two one
    local n
    for n in 1 2; do # each node's code compiled before either is measured
        NUMBERS=$CL/numbers.txt AGENCY_KEY=$AGENCY_KEY wrk -t2 -c16 -d8s -s bench/wrk/agency-certificate.lua "$(node_http "$n")" > /dev/null
    done
    two=$(NUMBERS=$CL/numbers.txt AGENCY_KEY=$AGENCY_KEY wrk -t2 -c16 -d15s --timeout 10s --latency -s bench/wrk/agency-certificate.lua "$BALANCER" | awk '/^REPORT / { print $2, $5, $6 }')
    one=$(NUMBERS=$CL/numbers.txt AGENCY_KEY=$AGENCY_KEY wrk -t2 -c16 -d15s --timeout 10s --latency -s bench/wrk/agency-certificate.lua "$(node_http 1)" | awk '/^REPORT / { print $2, $5, $6 }')
    read -r two_rps two_p99 two_errors <<< "$two"
    read -r one_rps one_p99 one_errors <<< "$one"
    outcome 7 "Throughput of the verification API, two nodes against one (a figure; passes when nothing breaks)" "through the balancer to two nodes $two_rps req/s (p99 $two_p99 ms, $two_errors errors); one node directly $one_rps req/s (p99 $one_p99 ms, $one_errors errors); ratio $(ratio "$two_rps" "$one_rps")" \
        "$(verdict "$([ "$two_errors" = 0 ] && [ "$one_errors" = 0 ] && echo true)")"
}

# --- the run ----------------------------------------------------------------------------------------------------
write_results() {
    local kept=""
    [ -f bench/RESULTS.md ] && kept=$(sed '/^## Cluster/,$d' bench/RESULTS.md)
    {
        if [ -n "$kept" ]; then printf '%s\n\n' "$kept"; fi
        echo "## Cluster (issue #23)"
        echo
        echo "Written by \`bench/cluster.sh\` ($SCENARIOS_RUN), started $STARTED UTC, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench wildfly-config || echo ' with local changes'); $(secs "$CLUSTER_START" "$(now)") s in all."
        echo "Two WildFly $(basename "$WILDFLY" | sed 's/wildfly-//') nodes (standalone-ha, -Xmx768m each, JGroups TCP with the members listed), HAProxy $(haproxy -v | awk 'NR == 1 { print $3 }') in front,"
        echo "one MariaDB $(private_sql -N -e 'SELECT VERSION()') of the script's own; $(nproc) cores for all of it."
        echo
        echo "| Scenario | What happened | Result |"
        echo "|---|---|---|"
        sort -t$'\t' -k1,1 "$OUTCOMES" | awk -F'\t' '{ printf "| %s. %s | %s | %s |\n", $1, $2, $3, $4 }'
    } > bench/RESULTS.md.new
    mv bench/RESULTS.md.new bench/RESULTS.md
}

main() {
    PYTHON=${PYTHON:-/usr/bin/python3}
    APPLICANT=applicant@demo.peercert.test
    THROTTLED=reviewer@demo.peercert.test
    REMINDED=${CLUSTER_REMINDERS:-10000}
    LOOKUPS_PER_MINUTE=60
    STARTED=$(date -u '+%Y-%m-%d %H:%M')
    for tool in haproxy wrk curl chromium chromedriver; do
        command -v "$tool" > /dev/null || { say "bench/cluster.sh needs $tool: apt-get install -y haproxy wrk curl chromium chromium-driver"; exit 2; }
    done
    $PYTHON -c "import selenium" 2> /dev/null || { say "bench/cluster.sh needs $PYTHON with selenium: apt-get install -y python3-selenium"; exit 2; }
    trap 'set +e; stop_all; private_db_stop' EXIT
    rm -rf "$CL" && mkdir -p "$CL" "$DOCUMENTS" && : > "$OUTCOMES" && : > "$MAILS"

    say "a MariaDB of the cluster's own on port $CLUSTER_DB_PORT"
    private_db_install "$CL/mariadb" "$CLUSTER_DB_PORT"
    private_db_start
    private_sql -e "CREATE DATABASE peercert CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    export PEERCERT_DB_URL="jdbc:mysql://127.0.0.1:$CLUSTER_DB_PORT/peercert?rewriteBatchedStatements=true"
    build_portal
    say "configuring the nodes (standalone-ha.xml)"
    prepare_template
    start_mail
    # Both nodes run with the agency lookup budget lifted for the load of scenarios 6 and 7; the per-address one is the
    # shipped default, which scenario 3 counts.
    NODE_OPTIONS=(-Dpeercert.verify.agency-lookups-per-minute=100000000 -Dpeercert.verify.searches-per-minute=$LOOKUPS_PER_MINUTE)
    say "starting node1 (it seeds the demo data) and node2"
    start_node 1 -Dpeercert.demo.seed=true
    wait_ready 1 > /dev/null
    start_node 2
    wait_ready 2 > /dev/null
    start_balancer
    AGENCY_KEY=$(agency_key) || { say "could not make the agency key"; exit 1; }
    private_sql -N peercert -e "SELECT number FROM certificate WHERE status = 'ACTIVE'" > "$CL/numbers.txt"
    for _ in $(seq 20); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$BALANCER/verify.xhtml")" = 200 ] && break; sleep 0.5; done

    SCENARIOS_RUN="scenarios $SCENARIOS"
    set +e # a scenario that fails is reported as such, and the next one runs
    for scenario in 3 7 5 1 4 2 6; do
        wants "$scenario" || continue
        if [ -n "${RESTARTING:-}" ]; then wait_ready "$RESTARTING" > /dev/null; RESTARTING=""; fi
        say "scenario $scenario"
        "scenario_$scenario"
    done
    write_results
    say "written: bench/RESULTS.md (cluster section)"
    cat "$OUTCOMES" | awk -F'\t' '{ printf "%-4s %-5s %s\n", $1, $4, $2 }'
    ! grep -q $'\tFAIL$' "$OUTCOMES"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    main
fi
