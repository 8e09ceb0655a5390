#!/usr/bin/env bash
#
# stub.sh: start the runnable jar with a class-data sharing archive, which starts it in about two thirds of the
# time of a plain `java -jar` (about three fifths on JDK 25 and later, whose AOT cache also keeps them linked; see
# docs/BENCHMARKS.md), and with a 20 ms pause goal for the collector (at the end). Every argument goes to the stub as
# it would with java -jar.
#
# Usage:
#   scripts/stub.sh [stub options...]            e.g. scripts/stub.sh --port 8080 --mws-key AKIDEXAMPLE=example-secret
#
# Environment:
#   STUB_JAR    the jar (default server-impl/target/report-schedules-stub.jar, beside this script's directory)
#   JAVA_HOME   the JDK to use (default: java on the PATH); JAVA_OPTS: extra JVM flags
#
# The archive (JDK 17's dynamic CDS: the classes a run loaded, parsed and verified, mapped by later runs; on JDK 25
# and later the AOT cache, which keeps them loaded and linked as well) is made once beside the jar by a short
# training run that starts the stub on a free port, sends it a few requests and stops it (a few seconds). It is made
# again when the jar or the JDK changes, since the JVM would ignore it then.

set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${STUB_JAR:-$ROOT/server-impl/target/report-schedules-stub.jar}
[ -f "$JAR" ] || { echo "stub.sh: $JAR not found; build it with: mvn -q -DskipTests package" >&2; exit 1; }
# Absolute: the training run starts in a directory of its own.
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVA_PATH=$(readlink -f "$(command -v "$JAVA")")
# The JDK's feature release ("17" from JAVA_VERSION="17.0.15", "25" from "25.0.3" or "25-ea"), from its release
# file: asking `java -version` would add a JVM start to every start.
JAVA_FEATURE=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$JAVA_PATH")/../release" 2>/dev/null || true)
[ -n "$JAVA_FEATURE" ] || JAVA_FEATURE=$("$JAVA" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
if [ "${JAVA_FEATURE:-0}" -ge 25 ]; then
    # JDK 25 (JEP 514): one training run writes the cache when it exits.
    ARCHIVE=${JAR%.jar}.aot MAKE_FLAG=-XX:AOTCacheOutput USE_FLAG=-XX:AOTCache
else
    ARCHIVE=${JAR%.jar}.jsa MAKE_FLAG=-XX:ArchiveClassesAtExit USE_FLAG=-XX:SharedArchiveFile
fi
# Made under a name of its own, and moved into place once whole, so a start meanwhile never maps half an archive.
MAKING=${ARCHIVE%.*}.making.${ARCHIVE##*.}
# What the archive was made with: the JDK's binary and the jar, each by path and modification time.
MADE_WITH="$JAVA_PATH $(stat -c %Y "$JAVA_PATH") $JAR $(stat -c %Y "$JAR")"


train() {
    local work pid url
    work=$(mktemp -d)
    # In an empty directory, with only the command line's settings: the archive depends on no one's setup.
    (cd "$work" && exec env $(env | grep -o '^REPORT_SCHEDULES_[A-Z_]*' | sed 's/^/-u /') \
        "$JAVA" "$MAKE_FLAG=$MAKING" -jar "$JAR" --port 0 >"$work/out" 2>&1) &
    pid=$!
    for _ in $(seq 1 300); do
        url=$(grep -o 'serving at http://[^ ]*' "$work/out" 2>/dev/null | cut -d' ' -f3) && [ -n "$url" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -n "${url:-}" ]; then
        # The requests of a typical first minute: they load the classes of both dialects, JSON and XML.
        curl -s -o /dev/null "$url/v2/report-schedules"
        curl -s -o /dev/null -X POST "$url/v2/report-schedules" -H 'content-type: application/json' \
            -d '{"reportType":"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_","scheduleFrequency":"P1D"}'
        curl -s -o /dev/null "$url/Reports/2009-01-01" -d 'Action=GetReportScheduleCount'
        curl -s -o /dev/null "$url/v2/reports"
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -s "$MAKING" ]; then
        mv "$MAKING" "$ARCHIVE" && echo "$MADE_WITH" >"$ARCHIVE.made-with"
    else
        echo "stub.sh: no class-data sharing archive could be made; starting without one" >&2
        sed -n 1,20p "$work/out" >&2
    fi
    rm -rf "$work"
}

if [ ! -f "$ARCHIVE" ] || [ "$(cat "$ARCHIVE.made-with" 2>/dev/null)" != "$MADE_WITH" ]; then
    echo "stub.sh: making a class-data sharing archive for faster starts (once): $ARCHIVE" >&2
    train
fi
# G1 aims at 20 ms pauses instead of its default 200: with a large store, a burst of schedules firing at once otherwise
# meets young collections of 130-260 ms, and requests wait through them (docs/BENCHMARKS.md, fifth round). A flag in
# JAVA_OPTS comes later on the command line, and the JVM takes the last.
GC_OPTS=-XX:MaxGCPauseMillis=20
# shellcheck disable=SC2086
if [ -f "$ARCHIVE" ]; then
    exec "$JAVA" "$USE_FLAG=$ARCHIVE" $GC_OPTS ${JAVA_OPTS:-} -jar "$JAR" "$@"
fi
exec "$JAVA" $GC_OPTS ${JAVA_OPTS:-} -jar "$JAR" "$@"
