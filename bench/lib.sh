# Shared by the benchmark scripts (sourced, not run): settings, the server copy they start and stop, sign-in,
# wrk runs and the results table. Everything runs on localhost against MariaDB.
#
# Environment: BENCH_DB (default peercert_bench), BENCH_PORT_OFFSET (default 300: HTTP on 8380),
# BENCH_SKIP_BUILD=1 to use the WAR and WildFly already in target/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${BENCH_DB:-peercert_bench}
OFFSET=${BENCH_PORT_OFFSET:-300}
HTTP_PORT=$((8080 + OFFSET))
URL="http://localhost:$HTTP_PORT"
WORK=target/bench
SERVER=$WORK/server
DATA=$WORK/data
RESULTS=$WORK/results.tsv
SQL="mariadb -uroot --local-infile=1 $DB"
HEAP_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC"
DEMO_PASSWORD=$(grep -o 'PASSWORD = "[^"]*"' src/main/java/org/peercert/demo/DemoData.java | cut -d'"' -f2)
export PEERCERT_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?rewriteBatchedStatements=true"
export PEERCERT_DB_USER=root
mkdir -p "$WORK" "$DATA"

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b ? "met" : "NOT met") }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b ? "met" : "NOT met") }'; }
both() { [ "$1" = met ] && [ "$2" = met ] && echo met || echo "NOT met"; }

# record "benchmark" "figure" "baseline" "ratio" "target" "met|NOT met": one row of bench/RESULTS.md, under the
# section running ($SECTION)
record() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${SECTION:-?}" "$@" >> "$RESULTS"
    say "RESULT $1: $2 (baseline $3, ratio $4; target $5: $6)"
}

build_portal() {
    if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f target/peercert.war ]; then
        say "building the portal for MariaDB (database $DB)"
        mvn -B -q package -DskipTests >&2
    fi
    WILDFLY=$(ls -d target/wildfly-*/ | head -1)
}

# A copy of the provisioned server's standalone folder, so the build's own server stays untouched.
prepare_server() { # [with-war=true]
    stop_server
    rm -rf "$SERVER" && cp -r "$WILDFLY/standalone" "$SERVER" && rm -rf "$SERVER"/deployments/* "$SERVER"/data "$SERVER"/tmp "$SERVER"/log
    if [ "${1:-true}" = true ]; then cp target/peercert.war "$SERVER/deployments/"; fi
}

server_pid() { pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$PWD/$SERVER" | head -1; }

# start_server PATH [-Dname=value...]: starts the copy and waits for PATH to answer $EXPECT (default 200); prints the
# seconds that took.
start_server() {
    local path=$1; shift
    local t0; t0=$(now)
    JAVA_OPTS="$HEAP_OPTS" "$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$PWD/$SERVER" \
        -Djboss.socket.binding.port-offset="$OFFSET" -Dpeercert.storage.dir="$PWD/$WORK/storage" "$@" >> "$WORK/server.out" 2>&1 &
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL$path")" = "${EXPECT:-200}" ]; do
        if ! kill -0 $! 2> /dev/null; then say "the server stopped; see $WORK/server.out"; return 1; fi
        sleep 0.1
    done
    secs "$t0" "$(now)"
}

stop_server() {
    pkill -f "jboss-modules.jar.*jboss.server.base.dir=$PWD/$SERVER" || true
    while server_pid > /dev/null; do sleep 0.5; done
}

view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
# page_nonce HEADERS-FILE: the nonce of a page's Content-Security-Policy, which PrimeFaces wants back with a form
# (its script adds it to each form in a browser)
page_nonce() { grep -io "'nonce-[^']*'" "$1" | head -1 | sed "s/'nonce-//; s/'$//"; }

# sign_in JAR EMAIL [PASSWORD] [ANSWER-FILE]: a signed-in session in the cookie jar (the generated accounts share the
# demo password); the page the form answered with goes to ANSWER-FILE when given
sign_in() {
    local jar=$1 email=$2 password=${3:-$DEMO_PASSWORD} answer=${4:-/dev/null} page headers; page=$(mktemp); headers=$(mktemp)
    curl -s -c "$jar" -D "$headers" "$URL/login.xhtml" -o "$page"
    curl -s -b "$jar" -c "$jar" -o "$answer" -d "login=login" --data-urlencode "login:email=$email" \
        --data-urlencode "login:password=$password" -d "login:signIn=" \
        --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")" \
        --data-urlencode "primefaces.nonce=$(page_nonce "$headers")" "$URL/login.xhtml"
    rm -f "$page" "$headers"
}
session_cookie() { awk '$6 == "JSESSIONID" { print $7 }' "$1"; }

# wrk_run NAME SECONDS CONNECTIONS URL-or-base [wrk options...]: wrk with bench/wrk-report.lua; prints
# "requests_per_second p50_ms p95_ms p99_ms errors", keeping wrk's whole output in $WORK/NAME.txt.
wrk_run() {
    local name=$1 seconds=$2 connections=$3; shift 3
    wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@" > "$WORK/$name.txt"
    awk '/^REPORT / { print $2, $3, $4, $5, $6 }' "$WORK/$name.txt"
}

heap_used_mb() { # after a full collection
    jcmd "$(server_pid)" GC.run > /dev/null
    jcmd "$(server_pid)" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); printf "%.1f", v / 1024 } }'
}

# A MariaDB of a benchmark's own, one that it may kill (#23): a fresh data folder under DIR, loopback only, on PORT.
# private_db_install DIR PORT, then private_db_start / private_db_pid / private_db_stop; private_sql runs the client.
private_db_install() {
    PRIVATE_DB_DIR=$1 PRIVATE_DB_PORT=$2
    rm -rf "$PRIVATE_DB_DIR" && mkdir -p "$PRIVATE_DB_DIR"
    mariadb-install-db --no-defaults --datadir="$PWD/$PRIVATE_DB_DIR/data" --user="$(id -un)" \
        --auth-root-authentication-method=normal > "$PRIVATE_DB_DIR/install.log" 2>&1
}
private_sql() { mariadb --no-defaults -uroot -h127.0.0.1 -P"$PRIVATE_DB_PORT" "$@"; }
private_db_start() {
    /usr/sbin/mariadbd --no-defaults --datadir="$PWD/$PRIVATE_DB_DIR/data" --port="$PRIVATE_DB_PORT" --bind-address=127.0.0.1 \
        --socket="$PWD/$PRIVATE_DB_DIR/mariadb.sock" --pid-file="$PWD/$PRIVATE_DB_DIR/mariadb.pid" --user="$(id -un)" \
        --skip-log-bin --max-connections=300 >> "$PRIVATE_DB_DIR/mariadb.log" 2>&1 &
    for _ in $(seq 100); do private_sql -e "SELECT 1" > /dev/null 2>&1 && return 0; sleep 0.2; done
    say "MariaDB did not start; see $PRIVATE_DB_DIR/mariadb.log"; return 1
}
private_db_pid() { cat "$PRIVATE_DB_DIR/mariadb.pid" 2> /dev/null; }
private_db_stop() { # and waits (at most 30 s) until it has gone, so that a run after it finds the port and folder free
    local pid; pid=$(private_db_pid || true)
    [ -n "$pid" ] || return 0
    kill "$pid" 2> /dev/null || return 0
    for _ in $(seq 60); do kill -0 "$pid" 2> /dev/null || return 0; sleep 0.5; done
}

# probe_rounds PROBE FILE PHASE SECONDS: runs "PROBE PHASE" every 0.4 s for SECONDS (at most 200 rounds), appending
# what it prints to FILE (bench/outage.sh and bench/cluster.sh, while the database is away)
probe_rounds() {
    local probe=$1 file=$2 phase=$3 until; until=$(awk -v s="$(now)" -v d="$4" 'BEGIN { printf "%.2f", s + d }')
    for _ in $(seq 200); do
        "$probe" "$phase" >> "$file"
        awk -v n="$(now)" -v u="$until" 'BEGIN { exit !(n < u) }' || break
        sleep 0.4
    done
}

# tally: the lines on stdin counted, as "503×37 200×3" (each distinct line once, with how often it came)
tally() { sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " " }'; }
# probe_codes FILE PHASE WHAT: the answers of one kind in one phase of probe_rounds' FILE, tallied
probe_codes() { awk -F'\t' -v p="$2" -v w="$3" '$2 == p && $3 == w { print $4 }' "$1" | tally; }
