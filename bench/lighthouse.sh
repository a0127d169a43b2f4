#!/usr/bin/env bash
# First view on a slow phone: Lighthouse (mobile, simulated "Regular 3G": 300 ms round trips, 700 kbps, a CPU four
# times slower than this one) on the four pages of the demo market a buyer lands on: home, search, a product and a
# shop. Prints, per page, the median of RUNS runs (3) of the Largest Contentful Paint, the performance and the
# accessibility scores, and which element the LCP was.
#
#   ./mvnw package -DskipTests && bench/lighthouse.sh
#
# Needs Debian's chromium (apt-get install chromium) and Node; Lighthouse itself is installed with npm into
# bench/.lighthouse on the first run (not a dependency of the service's build). CHROME_PATH picks another Chrome.
# Settings by environment: RUNS (3), PORT (8392); KEEP_REPORTS=1 keeps each run's JSON report in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

RUNS=${RUNS:-3}
PORT=${PORT:-8392}
DATA=${DATA:-target/bench-lighthouse}
REPORTS=target/lighthouse
BASE="http://127.0.0.1:$PORT"
LIGHTHOUSE_VERSION=13.5.0
TOOLS=bench/.lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

[ -x "$CHROME_PATH" ] || { echo "chromium is missing: apt-get install chromium" >&2; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
    echo "== installing lighthouse $LIGHTHOUSE_VERSION into $TOOLS"
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

rm -rf "$DATA" "$REPORTS" && mkdir -p "$REPORTS"
echo "== starting the service with the demo market in $DATA"
SERVICE_OPTS="${SERVICE_OPTS:-} -Dchophien.demo-data=true -Dchophien.public-url=$BASE" start_service "$DATA" "$DATA.log" "$PORT"
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$DATA"' EXIT
await_service "$BASE" "$DATA.log"

product=/p/cam-vang-bac-quang
shop=$(curl -sf "$BASE$product" | grep -o 'href="/s/[a-z0-9-]*"' | head -1 | sed -E 's/href="([^"]+)"/\1/')
pages=("/" "/search?q=cam+vang" "$product" "$shop")
for page in "${pages[@]}"; do # the pages' data and caches are warm before the first measured run
    curl -sf -o /dev/null "$BASE$page"
done

echo "== lighthouse $LIGHTHOUSE_VERSION, mobile, simulated Regular 3G, median of $RUNS runs; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %9s %12s %14s  %s\n' page LCP performance accessibility "LCP element"
for page in "${pages[@]}"; do
    name=$(tr -cs 'a-z0-9' '-' <<<"${page,,}" | sed 's/^-//; s/-$//')
    for run in $(seq 1 "$RUNS"); do
        "$TOOLS/node_modules/.bin/lighthouse" "$BASE$page" --quiet --output=json \
            --output-path="$REPORTS/${name:-home}-$run.json" --only-categories=performance,accessibility \
            --form-factor=mobile --throttling-method=simulate --throttling.rttMs=300 \
            --throttling.throughputKbps=700 --throttling.requestLatencyMs=1125 \
            --throttling.downloadThroughputKbps=630 --throttling.uploadThroughputKbps=630 \
            --throttling.cpuSlowdownMultiplier=4 --chrome-flags="--headless=new --no-sandbox" 2>/dev/null ||
            { echo "lighthouse failed on $page" >&2; exit 1; }
    done
    node - "$page" "$REPORTS/${name:-home}" "$RUNS" <<'JS'
const [page, prefix, runs] = process.argv.slice(2);
const reports = Array.from({ length: Number(runs) }, (_, i) => require(`${process.cwd()}/${prefix}-${i + 1}.json`));
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lcp = median(reports.map((r) => r.audits['largest-contentful-paint'].numericValue));
const perf = median(reports.map((r) => r.categories.performance.score * 100));
const a11y = median(reports.map((r) => r.categories.accessibility.score * 100));
const node = reports[0].audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node');
const element = node ? `${node.selector} (${(node.nodeLabel ?? '').slice(0, 40)})` : '?';
console.log(`${page.padEnd(24)} ${(lcp / 1000).toFixed(2).padStart(7)} s ${String(Math.round(perf)).padStart(12)} `
  + `${String(Math.round(a11y)).padStart(14)}  ${element.slice(0, 90)}`);
JS
done
[ "${KEEP_REPORTS:-0}" = 1 ] || rm -rf "$REPORTS"
