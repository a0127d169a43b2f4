#!/usr/bin/env bash
# Start time: how long the packaged service takes from `java -jar` to answering /q/health/ready, for a later start
# (the data folder and schema exist, as on every start after the first), with the README's heap settings. Prints the
# median of RUNS starts (5), on the embedded database and, when one answers on 127.0.0.1:3306 (root, no password),
# against an already running MySQL/MariaDB in a database of its own; and the service's resident memory once ready.
#
#   ./mvnw package -DskipTests && bench/start.sh
#
# Settings by environment: RUNS (5), PORT (8393); SERVICE_OPTS adds JVM options or -D settings.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

RUNS=${RUNS:-5}
PORT=${PORT:-8393}
DATA=target/bench-start
BASE="http://127.0.0.1:$PORT"
# README's run command's settings for a small server
HEAP="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:ReservedCodeCacheSize=64m -Xss512k"
export MALLOC_ARENA_MAX=2

[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

once() { # prints milliseconds to ready, then the service's RSS in MB
    local started
    started=$(date +%s%N)
    start_service "$DATA" "$DATA.log" "$PORT"
    until curl -sf "$BASE/q/health/ready" >/dev/null 2>&1; do
        kill -0 "$service" 2>/dev/null || { echo "the service died; see $DATA.log" >&2; exit 1; }
        sleep 0.05
    done
    echo "$(( ($(date +%s%N) - started) / 1000000 )) $(rss_mb "$service")"
    kill "$service"
    wait "$service" 2>/dev/null || true
}

series() { # label: RUNS later starts, after one first start that is not counted
    local times=() rss=() line
    once >/dev/null
    for _ in $(seq 1 "$RUNS"); do
        line=$(once)
        times+=("${line% *}") rss+=("${line#* }")
    done
    printf '%-38s median %6s ms  (%s)  RSS when ready: median %s MB\n' "$1" \
        "$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')" \
        "$(IFS=' '; echo "${times[*]}")" \
        "$(printf '%s\n' "${rss[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
}

echo "== start to ready, median of $RUNS later starts, README heap settings; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$DATA"
trap 'rm -rf "$DATA"' EXIT
SERVICE_OPTS="$HEAP ${SERVICE_OPTS:-}" series "embedded database"

client=$(command -v mariadb || command -v mysql || true)
if [ -n "$client" ] && "$client" --protocol=TCP -h 127.0.0.1 -P 3306 -u root -e 'SELECT 1' >/dev/null 2>&1; then
    db="chophien_bench_start_$$"
    "$client" --protocol=TCP -h 127.0.0.1 -P 3306 -u root -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    trap '"$client" --protocol=TCP -h 127.0.0.1 -P 3306 -u root -e "DROP DATABASE IF EXISTS $db"; rm -rf "$DATA"' EXIT
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:mysql://127.0.0.1:3306/$db" QUARKUS_DATASOURCE_USERNAME=root \
        QUARKUS_DATASOURCE_PASSWORD= SERVICE_OPTS="$HEAP ${SERVICE_OPTS:-}" series "MariaDB already running"
else
    echo "no MySQL/MariaDB answers on 127.0.0.1:3306: the external-database start is not measured"
fi
