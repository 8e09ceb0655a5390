#!/usr/bin/env bash
#
# bench/run.sh: measure the stub against a bare Jersey/Grizzly baseline in one run and write docs/BENCHMARKS.md.
# See bench/README.md. Everything runs on loopback and stops by itself (servers are killed on exit).
#
# Settings (environment variables):
#   WARMUP=20 DURATION=15   seconds of wrk warm-up and of measurement per case and repeat
#   REPEAT=3                measurements per case; the table shows medians
#   THREADS=1 CONNECTIONS=16
#   HEAP=256m               fixed heap (-Xms = -Xmx) of every server; the memory case uses SMALL_HEAP=128m
#   STARTS=5                start-ups timed to the first 200
#   SCALE=1000000           schedules stored for the scale case, 7 per merchant (0 skips scale and scheduler)
#   FIRE=100000             of those, how many fall due at one instant for the scheduler case
#   SCALE_HEAP=2g           fixed heap of the scale case's stub
#   EXTRAS=1                also WireMock standalone and Prism serving the same list (fetched with mvn and npm)
#   SKIP_BUILD=1            use the jar already built;  MVN_FLAGS="-o" for an offline build
#   OUT=docs/BENCHMARKS.md  where the table goes;  JAVA_OPTS=...  extra flags for the stub's JVM
#   AOT_JAVA_HOME=...       a JDK 25 or later: also time scripts/stub.sh on it (its AOT cache instead of CDS)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WARMUP=${WARMUP:-20} DURATION=${DURATION:-15} REPEAT=${REPEAT:-3}
THREADS=${THREADS:-1} CONNECTIONS=${CONNECTIONS:-16}
HEAP=${HEAP:-256m} SMALL_HEAP=${SMALL_HEAP:-128m} STARTS=${STARTS:-5} SCALE=${SCALE:-1000000}
FIRE=${FIRE:-100000} SCALE_HEAP=${SCALE_HEAP:-2g} EXTRAS=${EXTRAS:-0}
WIREMOCK_VERSION=3.13.2 PRISM_VERSION=5.14.2
[ "$FIRE" -le "$SCALE" ] || FIRE=$SCALE
OUT=${OUT:-docs/BENCHMARKS.md} JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-server-impl/target/report-schedules-stub.jar}
WORK=$(mktemp -d)
MWS_KEY=BENCHKEY MWS_SECRET=bench-secret
PIDS=()

cleanup() {
    # Servers are started inside $(...), so their ids are kept in files rather than in PIDS.
    for pid in "${PIDS[@]}" $(cat "$WORK"/*.pid 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[bench] %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building the stub: mvn -q -DskipTests package ${MVN_FLAGS:-}"
    # shellcheck disable=SC2086
    mvn -q -DskipTests package ${MVN_FLAGS:-} >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi
log "compiling the baseline and interface-floor servers against the stub's jar (same Jersey/Grizzly)"
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$JAR" bench/java/BaselineServer.java bench/java/InterfaceFloorServer.java

free_port() { local p; while :; do p=$((20000 + RANDOM % 12000)); (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }; done; }

# Starts a server in the background on a free port, its stdout+stderr (the stub's access log among them) to $2;
# prints the port once the server answers. The command's "PORT" argument is replaced by the port.
start_server() {
    local name=$1 output=$2 port arg cmd=(); shift 2
    port=$(free_port)
    for arg in "$@"; do cmd+=("${arg/#PORT/$port}"); done
    "${cmd[@]}" >"$output" 2>&1 &
    echo $! >"$WORK/$name.pid"
    for _ in $(seq 1 600); do
        curl -s -o /dev/null "http://127.0.0.1:$port/" && { echo "$port"; return; }
        kill -0 "$(cat "$WORK/$name.pid")" 2>/dev/null || { log "$name stopped"; [ -f "$output" ] && tail -20 "$output" >&2; exit 1; }
        sleep 0.1
    done
    log "$name did not start"; exit 1
}

stop_server() { # not a child of this shell: wait for it to go
    local pid; pid=$(cat "$WORK/$1.pid"); kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$WORK/$1.pid"
}

start_stub() { # name output heap [extra JVM flags...] -- [stub flags...]
    local name=$1 output=$2 heap=$3; shift 3
    local jvm=() stub=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    stub=("$@")
    # shellcheck disable=SC2086
    start_server "$name" "$output" java -Xms"$heap" -Xmx"$heap" $JAVA_OPTS "${jvm[@]}" -jar "$JAR" --port PORT \
        --mws-key "$MWS_KEY=$MWS_SECRET" --mws-throttling off "${stub[@]}"
}

# Stores one schedule per Amazon Pay report type (7: one per type is the rule, the multi-currency type cannot
# be scheduled) for the default merchant, the one a request without an authorization header acts for.
fill_default_merchant() {
    local port=$1 type
    for type in SETTLEMENT SANDBOX_SETTLEMENT ORDER_REFERENCE BILLING_AGREEMENT AUTHORIZATION CAPTURE REFUND; do
        curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/v2/report-schedules" -H 'content-type: application/json' \
            -d "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_${type}_DATA_\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20991118T150630Z\"}"
    done
}

# Runs wrk and prints "requests/s p50_ms p99_ms errors".
wrk_case() { # port seconds path [lua script] [wrk threads]
    local port=$1 seconds=$2 path=$3 script=${4:-} threads=${5:-$THREADS} out
    local args=(-t"$threads" -c"$CONNECTIONS" -d"${seconds}s" --latency)
    [ -n "$script" ] && args+=(-s "$script")
    out=$(wrk "${args[@]}" "http://127.0.0.1:$port$path")
    echo "$out" >>"$WORK/wrk.log"
    echo "$out" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

measure() { # key port path [lua] [wrk threads]: warm up, then one measurement appended to $WORK/results/key
    local key=$1 port=$2 path=$3 script=${4:-} threads=${5:-$THREADS}
    mkdir -p "$WORK/results"
    [ "$WARMUP" -gt 0 ] && wrk_case "$port" "$WARMUP" "$path" "$script" "$threads" >/dev/null
    wrk_case "$port" "$DURATION" "$path" "$script" "$threads" >>"$WORK/results/$key"
    log "$key: $(tail -1 "$WORK/results/$key")"
}

# A signed ManageReportSchedule body, dated now. Its ScheduleDate is a month ahead: without one the schedule is due
# at once, and every request would make a report (as it should), so the case would measure a growing report list.
sign_mws_body() { # port
    scripts/mws-request.sh --dry-run -u "http://127.0.0.1:$1" -k "$MWS_KEY" -s "$MWS_SECRET" \
        Action=ManageReportSchedule ReportType=_GET_ORDERS_DATA_ Schedule=_30_DAYS_ \
        ScheduleDate="$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)" | tail -1 >"$WORK/mws-body"
}

# Median of one column (1 requests/s, 2 p50, 3 p99) of a result file; errors are summed.
median() { sort -n -k"$2" "$WORK/results/$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
errors() { awk '{ s += $4 } END { print s + 0 }' "$WORK/results/$1"; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Main cases: the baseline and the stub side by side, measured in turns within each repeat --------------------
log "starting the stub (heap $HEAP) and the baseline"
STUB=$(start_stub stub "$WORK/stub.log" "$HEAP")
fill_default_merchant "$STUB"
curl -sf "http://127.0.0.1:$STUB/v2/report-schedules" >"$WORK/get-body.json"
BASE=$(start_server baseline "$WORK/baseline.log" java -Xms"$HEAP" -Xmx"$HEAP" \
    -cp "$JAR:$WORK/classes" BaselineServer PORT "$WORK/get-body.json")
export BENCH_MWS_BODY=$WORK/mws-body
# The floor answers what the stub answers: its list, a create's answer, and its answer to the measured MWS call.
sign_mws_body "$STUB"
curl -sf -X POST -H 'content-type: application/x-www-form-urlencoded' --data-binary @"$WORK/mws-body" \
    "http://127.0.0.1:$STUB/Reports/2009-01-01" >"$WORK/mws-answer.xml"
echo '{"reportScheduleId":"50000000000"}' >"$WORK/create-answer.json"
FLOOR=$(start_server floor "$WORK/floor.log" java -Xms"$HEAP" -Xmx"$HEAP" -cp "$JAR:$WORK/classes" InterfaceFloorServer PORT \
    "$WORK/get-body.json" "$WORK/create-answer.json" "$WORK/mws-answer.xml")
# The logging and memory variants run side by side with the rest and are measured in the same turns: measured one
# after the other, minutes apart, they differed by as much as this machine's own swings.
STUB_DEVNULL=$(start_stub stub-devnull /dev/null "$HEAP")
STUB_NOLOG=$(start_stub stub-nolog "$WORK/stub-nolog.log" "$HEAP" -Dorg.slf4j.simpleLogger.log.access=off)
STUB_SMALL=$(start_stub stub-small "$WORK/stub-small.log" "$SMALL_HEAP")
# The request journal keeps the last 5,000 answers, bodies included: what every young collection copies.
STUB_NOJOURNAL=$(start_stub stub-nojournal "$WORK/stub-nojournal.log" "$HEAP" -- --journal-size 0)
for port in "$STUB_DEVNULL" "$STUB_NOLOG" "$STUB_SMALL" "$STUB_NOJOURNAL"; do fill_default_merchant "$port"; done
for r in $(seq 1 "$REPEAT"); do
    log "repeat $r of $REPEAT"
    measure baseline "$BASE" /v2/report-schedules
    measure get "$STUB" /v2/report-schedules
    # One wrk thread per connection (see create_cancel.lua), so its baseline is measured the same way.
    measure baseline-per-connection "$BASE" /v2/report-schedules "" "$CONNECTIONS"
    measure cycle "$STUB" /v2/report-schedules bench/lua/create_cancel.lua "$CONNECTIONS"
    sign_mws_body "$STUB"
    measure mws "$STUB" /Reports/2009-01-01 bench/lua/mws_manage.lua
    measure floor-get "$FLOOR" /v2/report-schedules
    measure floor-cycle "$FLOOR" /v2/report-schedules bench/lua/create_cancel.lua "$CONNECTIONS"
    measure floor-mws "$FLOOR" /Reports/2009-01-01 bench/lua/mws_manage.lua
    measure get-log-devnull "$STUB_DEVNULL" /v2/report-schedules
    measure get-log-off "$STUB_NOLOG" /v2/report-schedules
    measure get-small "$STUB_SMALL" /v2/report-schedules
    measure cycle-small "$STUB_SMALL" /v2/report-schedules bench/lua/create_cancel.lua "$CONNECTIONS"
    measure get-no-journal "$STUB_NOJOURNAL" /v2/report-schedules
    measure cycle-no-journal "$STUB_NOJOURNAL" /v2/report-schedules bench/lua/create_cancel.lua "$CONNECTIONS"
done
stop_server floor
stop_server stub-devnull
stop_server stub-nolog
stop_server stub-nojournal
SMALL_OOM=$(grep -c OutOfMemoryError "$WORK/stub-small.log" || true)
stop_server stub-small
ACCESS_LINES=$(grep -c ' access - ' "$WORK/stub.log" || true)
stop_server stub

# --- The tools users would otherwise pick, serving the same list (EXTRAS=1) ------------------------------------
if [ "$EXTRAS" = 1 ]; then
    log "WireMock $WIREMOCK_VERSION and Prism $PRISM_VERSION serving the same list"
    # shellcheck disable=SC2086
    mvn -q ${MVN_FLAGS:-} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION -DoutputDirectory="$WORK/wiremock" >"$WORK/wiremock-fetch.log" 2>&1 \
        || { cat "$WORK/wiremock-fetch.log"; exit 1; }
    mkdir -p "$WORK/wiremock/mappings" "$WORK/wiremock/__files"
    cp "$WORK/get-body.json" "$WORK/wiremock/__files/get-body.json"
    echo '{"request":{"method":"GET","url":"/v2/report-schedules"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"bodyFileName":"get-body.json"}}' \
        >"$WORK/wiremock/mappings/get.json"
    WIREMOCK=$(start_server wiremock "$WORK/wiremock.log" java -Xms"$HEAP" -Xmx"$HEAP" \
        -jar "$WORK/wiremock/wiremock-standalone-$WIREMOCK_VERSION.jar" --port PORT --bind-address 127.0.0.1 \
        --root-dir "$WORK/wiremock" --no-request-journal --disable-banner)
    for r in $(seq 1 "$REPEAT"); do measure wiremock "$WIREMOCK" /v2/report-schedules; done
    stop_server wiremock
    npm install --no-audit --no-fund --prefix "$WORK/prism" "@stoplight/prism-cli@$PRISM_VERSION" >"$WORK/prism-install.log" 2>&1 \
        || { cat "$WORK/prism-install.log"; exit 1; }
    # A contract of one operation whose example is the stub's very answer (JSON is YAML): Prism answers with it.
    { echo 'openapi: 3.0.3'; echo 'info: {title: bench, version: "1"}'; echo 'paths:'; echo '  /v2/report-schedules:'
      echo '    get:'; echo '      responses:'; echo "        '200':"; echo '          description: the list'
      echo '          content:'; echo '            application/json:'; printf '              example: %s\n' "$(cat "$WORK/get-body.json")"
    } >"$WORK/prism.yaml"
    PRISM=$(start_server prism "$WORK/prism.log" "$WORK/prism/node_modules/.bin/prism" mock -h 127.0.0.1 -p PORT -v error "$WORK/prism.yaml")
    cmp -s <(curl -s "http://127.0.0.1:$PRISM/v2/report-schedules" | tr -d ' \n') <(tr -d ' \n' <"$WORK/get-body.json") \
        || log "Prism's answer differs from the stub's"
    for r in $(seq 1 "$REPEAT"); do measure prism "$PRISM" /v2/report-schedules; done
    stop_server prism
fi

# --- Start-up of the runnable jar to the first 200: java -jar, and the launcher with its class-data sharing archive --
time_starts() { # file command...: STARTS start-ups, milliseconds to the first 200, one a line ("--port N" is added)
    local file=$1 port pid t0; shift
    : >"$file"
    for _ in $(seq 1 "$STARTS"); do
        port=$(free_port)
        t0=$(date +%s%N)
        "$@" --port "$port" >/dev/null 2>&1 &
        pid=$!; PIDS+=("$pid")
        until curl -sf -o /dev/null "http://127.0.0.1:$port/v2/report-schedules"; do sleep 0.01; done
        echo $(( ($(date +%s%N) - t0) / 1000000 )) >>"$file"
        kill "$pid"; wait "$pid" 2>/dev/null || true
    done
}
median_of() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
log "start-up, $STARTS times"
# shellcheck disable=SC2086
time_starts "$WORK/starts" java -Xms"$HEAP" -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR"
# scripts/stub.sh makes its archive (JDK 17: -XX:ArchiveClassesAtExit) by a training run when it has none for this
# jar and JDK; a fresh one is made here first, outside the timing. exec: the launcher's pid is the JVM's.
log "start-up with scripts/stub.sh (class-data sharing archive), $STARTS times"
rm -f "${JAR%.jar}.jsa" "${JAR%.jar}.jsa.made-with"
STUB_JAR=$JAR scripts/stub.sh --version >/dev/null 2>&1 || true
STUB_JAR=$JAR JAVA_OPTS="-Xms$HEAP -Xmx$HEAP $JAVA_OPTS" time_starts "$WORK/starts-cds" scripts/stub.sh
STUB_JAR=$JAR JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -XX:TieredStopAtLevel=1 $JAVA_OPTS" time_starts "$WORK/starts-cds-c1" scripts/stub.sh
# On JDK 25 and later scripts/stub.sh makes an AOT cache instead (AOT_JAVA_HOME names such a JDK; unset: not timed).
AOT_ROW="| \`JAVA_HOME=<JDK 25> scripts/stub.sh\` (its AOT cache) | not timed: set AOT_JAVA_HOME to a JDK 25 or later | | ≤ 1000 ms |"
if [ -n "${AOT_JAVA_HOME:-}" ]; then
    AOT_JDK=$("$AOT_JAVA_HOME/bin/java" -version 2>&1 | head -1)
    log "start-up with scripts/stub.sh on $AOT_JDK (AOT cache), $STARTS times"
    rm -f "${JAR%.jar}.aot" "${JAR%.jar}.aot.made-with"
    STUB_JAR=$JAR JAVA_HOME=$AOT_JAVA_HOME scripts/stub.sh --version >/dev/null 2>&1 || true
    STUB_JAR=$JAR JAVA_HOME=$AOT_JAVA_HOME JAVA_OPTS="-Xms$HEAP -Xmx$HEAP $JAVA_OPTS" time_starts "$WORK/starts-aot" scripts/stub.sh
    AOT_ROW="| \`scripts/stub.sh\` on $AOT_JDK (its AOT cache) | $(median_of "$WORK/starts-aot") ms | $(tr '\n' ' ' <"$WORK/starts-aot") | ≤ 1000 ms |"
fi
STARTUP_MS=$(median_of "$WORK/starts") STARTUP_ALL=$(tr '\n' ' ' <"$WORK/starts")
STARTUP_CDS_MS=$(median_of "$WORK/starts-cds") STARTUP_CDS_ALL=$(tr '\n' ' ' <"$WORK/starts-cds")
STARTUP_C1_MS=$(median_of "$WORK/starts-cds-c1") STARTUP_C1_ALL=$(tr '\n' ' ' <"$WORK/starts-cds-c1")

# --- Scale and scheduler: SCALE schedules across SCALE/10 merchants, filled over HTTP ---------------------------
SCALE_ROWS=''
GC_FLAG=-XX:MaxGCPauseMillis=20 # what scripts/stub.sh adds
# Stores SCALE schedules, the first FIRE due an hour ahead (the rest in 2099); prints the seconds it took.
fill_store() { # port
    local start due
    start=$(date +%s%N)
    due=$(date -u -d '+1 hour' +%Y%m%dT%H%M%SZ)
    # One wrk thread (the script counts what it sent), 64 connections: about 8,000 schedules a second on 2 cores.
    BENCH_SCALE=$SCALE BENCH_FIRE=$FIRE BENCH_DUE=$due wrk -t1 -c64 -d1800s -s bench/lua/fill.lua "http://127.0.0.1:$1" >>"$WORK/fill.log" 2>&1 || true
    awk -v t="$(( $(date +%s%N) - start ))" 'BEGIN { printf "%.1f", t / 1e9 }'
}
# Moves the clock past the due schedules while wrk sends GETs; prints the advance's seconds and the GETs' p99 (ms).
fire_during_get() { # port wrk-output
    local seconds
    wrk -t1 -c16 -d"$((DURATION))s" --latency "http://127.0.0.1:$1/v2/report-schedules" >"$2" &
    local wrk_pid=$!
    sleep 2
    seconds=$(curl -s -o "$WORK/advance.json" -w '%{time_total}' -X POST "http://127.0.0.1:$1/__admin/clock/advance" \
        -H 'content-type: application/json' -d '{"by":"PT2H"}')
    wait "$wrk_pid" || true
    echo "$seconds $(awk '/^ +99%/ { v = $2; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else if (v ~ /s$/) v = v * 1000; printf "%.2f", v }' "$2")"
}
if [ "$SCALE" -gt 0 ]; then
    log "scale: $SCALE schedules, $FIRE of them due at one instant"
    STUB=$(start_stub stub-scale "$WORK/stub-scale.log" "$SCALE_HEAP" -Dorg.slf4j.simpleLogger.log.access=off)
    PID_SCALE=$(cat "$WORK/stub-scale.pid")
    fill_default_merchant "$STUB"
    heap_used() { jcmd "$PID_SCALE" GC.run >/dev/null; jcmd "$PID_SCALE" GC.heap_info | awk '/garbage-first heap/ { gsub(/K/, "", $0); for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1) }'; }
    wrk_case "$STUB" "$((WARMUP * 3))" /v2/report-schedules >/dev/null
    HEAP_BEFORE=$(heap_used)
    FILL_S=$(fill_store "$STUB")
    STORED=$(curl -sf "http://127.0.0.1:$STUB/v2/report-schedules" -H 'authorization: AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=FILL-0, SignedHeaders=x, Signature=x' | grep -o reportScheduleId | wc -l)
    HEAP_AFTER=$(heap_used)
    # The empty store is a second stub of the same heap and flags, holding only the 7 schedules, measured in turns
    # with the full one: measured before the fill on the same stub, minutes earlier, the two differed by this
    # machine's swings (up to 1.5x) as much as by the store. It starts after the fill so as not to share the CPU
    # with it, and is warmed as long as the full store's stub was before its fill.
    EMPTY=$(start_stub stub-scale-empty "$WORK/stub-scale-empty.log" "$SCALE_HEAP" -Dorg.slf4j.simpleLogger.log.access=off)
    fill_default_merchant "$EMPTY"
    wrk_case "$EMPTY" "$((WARMUP * 3))" /v2/report-schedules >/dev/null
    jcmd "$(cat "$WORK/stub-scale-empty.pid")" GC.run >/dev/null # as the full one had, by heap_used
    for r in $(seq 1 "$REPEAT"); do
        measure get-empty-store "$EMPTY" /v2/report-schedules
        measure get-full-store "$STUB" /v2/report-schedules
    done
    stop_server stub-scale-empty
    # Scheduler: every stored schedule falls due at one instant when the clock jumps past it; GETs go on meanwhile.
    read -r FIRE_S DURING_P99 <<<"$(fire_during_get "$STUB" "$WORK/during-firing.log")"
    stop_server stub-scale
    # The same on a stub with scripts/stub.sh's collector setting, filled the same way.
    log "scale: the same firing with $GC_FLAG"
    STUB=$(start_stub stub-scale-gc "$WORK/stub-scale-gc.log" "$SCALE_HEAP" "$GC_FLAG" -Dorg.slf4j.simpleLogger.log.access=off)
    fill_default_merchant "$STUB"
    fill_store "$STUB" >/dev/null
    jcmd "$(cat "$WORK/stub-scale-gc.pid")" GC.run >/dev/null # as the first one had, by heap_used
    wrk_case "$STUB" "$WARMUP" /v2/report-schedules >/dev/null
    read -r FIRE_GC_S DURING_GC_P99 <<<"$(fire_during_get "$STUB" "$WORK/during-firing-gc.log")"
    stop_server stub-scale-gc
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- The table ------------------------------------------------------------------------------------------------------
row() { # label key target [baseline key]
    local rps p50 p99 base
    rps=$(median "$2" 1); p50=$(median "$2" 2); p99=$(median "$2" 3); base=$(median "${4:-baseline}" 1)
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99" \
        "$(awk -v a="$rps" -v b="$base" 'BEGIN { printf "%.2fx", a / b }')" "$(errors "$2")" "$3"
}
ratio() { awk -v a="$(median "$1" "$3")" -v b="$(median "$2" "$3")" 'BEGIN { printf "%.2fx", a / b }'; }

{
    echo "# Benchmarks"
    echo
    echo "Written by \`bench/run.sh\` (see bench/README.md); every figure below comes from one run of it. Ratios compare"
    echo "with the baseline measured in the same run: a bare JAX-RS resource on the same Jersey/Grizzly jars answering the"
    echo "same bytes as the stub's GET. Figures are medians of $REPEAT measurements; the server and wrk share the machine."
    echo
    echo "## Machine and run"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| CPU | $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') |"
    echo "| JDK | $(java -version 2>&1 | head -1) |"
    echo "| wrk | $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2) |"
    echo "| load average (1, 5, 15 min) | before $LOAD_BEFORE; after $LOAD_AFTER |"
    # The JDK's path stays out: it is this machine's.
    echo "| command | \`WARMUP=$WARMUP DURATION=$DURATION REPEAT=$REPEAT SCALE=$SCALE FIRE=$FIRE EXTRAS=$EXTRAS${AOT_JAVA_HOME:+ AOT_JAVA_HOME=<a JDK 25>} bench/run.sh\` |"
    echo "| load | wrk -t$THREADS -c$CONNECTIONS --latency on loopback, ${WARMUP} s warm-up then ${DURATION} s measured per case and repeat |"
    echo "| servers | \`java -Xms$HEAP -Xmx$HEAP ${JAVA_OPTS} -jar $(basename "$JAR") --port N --mws-key ... --mws-throttling off\`, access log to a file |"
    echo "| date | $(date -u +%Y-%m-%dT%H:%MZ) |"
    echo
    echo "## Throughput and latency"
    echo
    echo "| case | requests/s | p50 ms | p99 ms | vs baseline | non-2xx | target |"
    echo "|---|---|---|---|---|---|---|"
    row "Baseline: constant JSON, bare Jersey/Grizzly" baseline "-"
    row "GET /v2/report-schedules (7 stored)" get "≥ 0.85x, p99 ≤ 5 ms"
    row "Baseline with -t$CONNECTIONS (one wrk thread per connection)" baseline-per-connection "-" baseline-per-connection
    row "Create + cancel cycle (POST then DELETE), -t$CONNECTIONS" cycle "≥ 0.6x" baseline-per-connection
    row "MWS ManageReportSchedule, signature checked" mws "≥ 0.5x"
    row "Floor: the generated Amazon Pay interface, constant answers, the same GET" floor-get "-"
    row "Floor: the same create + cancel cycle, -t$CONNECTIONS" floor-cycle "-" baseline-per-connection
    row "Floor: the generated MWS interface (32 form parameters), the same call" floor-mws "-"
    if [ "$EXTRAS" = 1 ]; then
        row "WireMock $WIREMOCK_VERSION standalone, \`--no-request-journal\`, the same body" wiremock "-"
        row "Prism $PRISM_VERSION \`mock -v error\`, the same body as the contract's example" prism "-"
    fi
    row "GET, access log to /dev/null" get-log-devnull "logging costs nothing"
    row "GET, access log off (measurement only)" get-log-off "logging costs nothing"
    row "GET with -Xmx$SMALL_HEAP" get-small "no errors, p99 ≤ 5 ms"
    row "Create + cancel with -Xmx$SMALL_HEAP, -t$CONNECTIONS" cycle-small "no errors" baseline-per-connection
    row "GET, request journal off (\`--journal-size 0\`)" get-no-journal "(the journal's cost)"
    row "Create + cancel, request journal off, -t$CONNECTIONS" cycle-no-journal "(the journal's cost)" baseline-per-connection
    echo
    echo "- The floor rows: the stub's own generated interfaces implemented on the same Jersey/Grizzly with constant"
    echo "  answers (\`bench/java/InterfaceFloorServer.java\`): the same paths matched, the same JSON body read into the same"
    echo "  model, the same 32 MWS form parameters extracted, the same bytes written, none of the stub's own work. The stub"
    echo "  against its floor: GET $(ratio get floor-get 1), create + cancel $(ratio cycle floor-cycle 1), MWS $(ratio mws floor-mws 1)."
    echo "- Access log: $ACCESS_LINES lines written to a file in the main cases. GET with the log to a file vs switched"
    echo "  off: $(ratio get get-log-off 1) the requests/s; to /dev/null vs off: $(ratio get-log-devnull get-log-off 1)."
    echo "- The create + cancel rows run one wrk thread per connection, as does the baseline they are compared with:"
    echo "  wrk does not say which request a response answers, and only within one connection is the order kept."
    echo "- Request journal (default: the last 5,000 answers kept, bodies included) switched off with \`--journal-size 0\`:"
    echo "  GET $(ratio get-no-journal get 1) the requests/s of the stub with it, create + cancel $(ratio cycle-no-journal cycle 1)."
    echo "- -Xmx$SMALL_HEAP: OutOfMemoryError lines in the log: $SMALL_OOM."
    echo "- The Amazon Pay rules allow one schedule per report type and merchant, and 7 types can be scheduled, so a"
    echo "  merchant holds at most 7 schedules: the GET lists 7, not 10."
    echo
    echo "## Start-up of the runnable jar to the first 200"
    echo
    echo "| JVM | median of $STARTS | each (ms) | target |"
    echo "|---|---|---|---|"
    echo "| \`java -jar\` | $STARTUP_MS ms | $STARTUP_ALL | ≤ 1000 ms |"
    echo "| \`scripts/stub.sh\` (the jar with its class-data sharing archive) | $STARTUP_CDS_MS ms | $STARTUP_CDS_ALL | ≤ 1000 ms |"
    echo "| \`JAVA_OPTS=-XX:TieredStopAtLevel=1 scripts/stub.sh\` (the archive, and the C1 compiler only) | $STARTUP_C1_MS ms | $STARTUP_C1_ALL | ≤ 1000 ms |"
    echo "$AOT_ROW"
    echo
    echo "From launching \`java -Xms$HEAP -Xmx$HEAP ${JAVA_OPTS} -jar\` to the first 200 of \`GET /v2/report-schedules\`, polled every 10 ms."
    if [ "$SCALE" -gt 0 ]; then
        echo
        echo "## Scale and scheduler ($SCALE schedules, filled over HTTP; heap $SCALE_HEAP, access log off)"
        echo
        echo "| measure | figure | target |"
        echo "|---|---|---|"
        echo "| GET for one merchant (7 stored) on a second stub holding nothing else, measured in turns with the full one: p50 / p99 | $(median get-empty-store 2) / $(median get-empty-store 3) ms, $(median get-empty-store 1) requests/s | |"
        echo "| the same GET with $SCALE more schedules stored: p50 / p99 | $(median get-full-store 2) / $(median get-full-store 3) ms, $(median get-full-store 1) requests/s | ≤ 1.2x the empty store's latency |"
        echo "| ratio full / empty: p50, p99 | $(ratio get-full-store get-empty-store 2), $(ratio get-full-store get-empty-store 3) | ≤ 1.2x |"
        echo "| schedules stored (checked: the first fill merchant lists $STORED) | $SCALE in $(( (SCALE + 6) / 7 )) merchants (7 each, the most Amazon Pay allows), filled over HTTP in $FILL_S s | 1,000,000 in 100,000 merchants |"
        echo "| heap per stored schedule (used heap after a full GC, before and after the fill) | $(awk -v a="$HEAP_AFTER" -v b="$HEAP_BEFORE" -v n="$SCALE" 'BEGIN { printf "%.0f bytes (%d K -> %d K)", (a - b) * 1024 / n, b, a }') | reported |"
        echo "| $FIRE schedules fire at once (the rest are due in 2099): \`POST /__admin/clock/advance {\"by\":\"PT2H\"}\` returns after firing every due schedule | $FIRE_S s | ≤ 5 s for 100,000 |"
        echo "| GET p99 while they fire (wrk over ${DURATION} s around the advance) | $DURING_P99 ms | ≤ 20 ms |"
        echo "| the same on a second stub started with \`$GC_FLAG\` (what \`scripts/stub.sh\` adds), filled the same way: the advance; GET p99 meanwhile | $FIRE_GC_S s; $DURING_GC_P99 ms | ≤ 5 s; ≤ 20 ms |"
    fi
    if [ -f bench/findings.md ]; then echo; cat bench/findings.md; fi
} >"$OUT"
log "wrote $OUT"
cat "$OUT"
