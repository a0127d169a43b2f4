#!/usr/bin/env bash
# Storefront benchmark: seeds 20,000 products from 2,000 sellers (one with 10,000) into a fresh embedded database,
# starts the packaged service and measures, with wrk, a product page, any of the 20,000 product pages in random order
# (so that few come from a cache), a search page, the search API and the first page of the 10,000-product shop, plus
# a static asset. Prints requests/s, p50 and p99.
#
#   ./mvnw package -DskipTests && bench/storefront.sh        (needs wrk: apt-get install wrk)
#
# SERVICE_OPTS adds JVM options or -D settings to the service (for example -Dquarkus.http.compression-level=1).
# Each line also says how much CPU the service (java) and its database (db) used per request while it ran; the
# resident memory of both is printed after the start and at the end. MEASURE=… runs only the URLs whose name has it
# (MEASURE=any for the random product pages). PROFILE=target/x.jfr records a Java Flight Recording of each measured
# URL into target/x-<name>.jfr (bench/hot-frames.sh summarises one).
# Settings by environment: CONNECTIONS (64), DURATION (20s), WARMUP (15 seconds per URL), THREADS (2), PORT (8390); KEEP=1 keeps the seeded data
# folder after the run and reuses it on the next one (it takes about a minute to seed and index).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15}
THREADS=${THREADS:-2}
PORT=${PORT:-8390}
DATA=${DATA:-target/bench-storefront}
BASE="http://127.0.0.1:$PORT"
ADMIN_PHONE=0900000001
ADMIN_PASSWORD="bench-$(date +%s)-$$"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

seeded=0
if [ "${KEEP:-0}" = 1 ] && [ -f "$DATA/seeded" ]; then
    seeded=1
else
    rm -rf "$DATA"
fi
echo "== starting the service on the embedded database in $DATA"
CHOPHIEN_ADMIN_PHONE=$ADMIN_PHONE CHOPHIEN_ADMIN_PASSWORD=$ADMIN_PASSWORD start_service "$DATA" "$DATA.log" "$PORT"
stop() {
    kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
    [ "${KEEP:-0}" = 1 ] || rm -rf "$DATA"
}
trap stop EXIT
await_service "$BASE" "$DATA.log"
database=$(database_pid)

if [ "$seeded" = 0 ]; then
echo "== seeding 2,000 sellers and 20,000 products"
node bench/seed.mjs src/main/resources/places/communes.csv > "$DATA/seed.sql"
LD_LIBRARY_PATH="$DATA/mariadb/base/libs" "$DATA/mariadb/base/bin/mariadb" --no-defaults --skip-ssl \
    --socket="$DATA/mariadb/tmp/mariadb.sock" -u root chophien < "$DATA/seed.sql"
token=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"phone\":\"$ADMIN_PHONE\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/auth/login" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
started=$(date +%s%N)
curl -sf -X POST -H "Authorization: Bearer $token" "$BASE/api/admin/search/rebuild"
echo " (search index rebuilt in $(( ($(date +%s%N) - started) / 1000000 )) ms)"
touch "$DATA/seeded"
fi

big=$(curl -sf "$BASE/sitemap.xml" | grep -o '/s/htx-cam-vang-bac-quang-dai-loc-1' | head -1)
product=$(curl -sf "$BASE/api/products?q=che+shan+tuyet&size=1" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
js=$(curl -sf "$BASE/" | grep -o '/assets/app-[A-Z0-9]*\.js') # the CSS is inline in every page
echo "   big shop $big: $(curl -sf "$BASE$big" | grep -o '[0-9][0-9.,]* sản phẩm' | head -1); product /p/$product"

curl -sf "$BASE/sitemap.xml" | grep -o '/p/[a-z0-9-]*' > "$DATA.products"
echo "   $(wc -l < "$DATA.products") product pages in the sitemap"

measure() { # name path connections [wrk arguments after the URL]
    [[ "$1" == *${MEASURE:-}* ]] || return 0
    local out java_before db_before java_used db_used requests
    wrk -t"$THREADS" -c"$3" -d5s -H 'Accept-Encoding: gzip' "$BASE$2" "${@:4}" >/dev/null # warm-up
    [ -z "${PROFILE:-}" ] || jcmd "$service" JFR.start name=bench settings=profile >/dev/null
    java_before=$(cpu_ms "$service") db_before=$(cpu_ms "$database")
    out=$(wrk -t"$THREADS" -c"$3" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$BASE$2" "${@:4}")
    java_used=$(( $(cpu_ms "$service") - java_before )) db_used=$(( $(cpu_ms "$database") - db_before ))
    [ -z "${PROFILE:-}" ] || jcmd "$service" JFR.stop name=bench \
        filename="$(realpath -m "${PROFILE%.jfr}")-$(tr -cs 'a-z0-9' '-' <<<"${1,,}" | sed 's/-$//').jfr" >/dev/null
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
    printf '%-34s %3s conn %9s req/s  p50 %8s  p99 %8s  CPU/request: java %5s ms, db %5s ms  %s\n' \
        "$1" "$3" "$rps" "$p50" "$p99" "$(per_request "$java_used" "$requests")" \
        "$(per_request "$db_used" "$requests")" "$errors"
}

per_request() { # milliseconds used, requests: milliseconds per request, three decimals
    awk -v ms="$1" -v n="$2" 'BEGIN { printf "%.3f", (n > 0 ? ms / n : 0) }'
}

# A service just started runs interpreted code for a while: in a campaign it has been up for hours.
echo "   resident memory before the warm-up: java $(rss_mb "$service") MB, db $(rss_mb "$database") MB"
echo "== warm-up, ${WARMUP}s per URL (not measured)"
for path in "$js" "/p/$product" "/search?q=cam+vang" "/api/products?q=che+shan+tuyet" "$big"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H 'Accept-Encoding: gzip' "$BASE$path" >/dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H 'Accept-Encoding: gzip' "$BASE" -s bench/paths.lua \
    -- "$DATA.products" >/dev/null

echo "== wrk, $THREADS threads, $DURATION per URL, on $(nproc) cores"
measure "static JS (gzipped per request)" "$js" "$CONNECTIONS"
measure "product page /p/…" "/p/$product" "$CONNECTIONS"
measure "any of 20,000 product pages" "" "$CONNECTIONS" -s bench/paths.lua -- "$DATA.products"
measure "search page /search?q=cam vang" "/search?q=cam+vang" "$CONNECTIONS"
measure "API /api/products?q=che shan tuyet" "/api/products?q=che+shan+tuyet" "$CONNECTIONS"
measure "10,000-product shop, page 1" "$big" "$CONNECTIONS"
THREADS=1 measure "10,000-product shop, page 1" "$big" 1
echo "   resident memory at the end: java $(rss_mb "$service") MB, db $(rss_mb "$database") MB"
