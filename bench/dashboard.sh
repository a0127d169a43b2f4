#!/usr/bin/env bash
# Dashboard benchmark: a year of one province's sales (1,000,000 order lines from 5,000 sellers, two products each,
# in Tuyên Quang) seeded straight into a fresh embedded database by bench/dashboard-seed.mjs, the summaries then
# rebuilt by the rebuild part of V14__dashboard.sql (the same figures the service keeps as orders change), checked
# against the order lines, and the officer's dashboard of the whole year timed: the median of RUNS calls after WARM
# warm-up calls, with the page and a CSV export once each.
#
#   ./mvnw package -DskipTests && bench/dashboard.sh
#
# SERVICE_OPTS adds JVM options or -D settings to the service.
# Settings by environment: SELLERS (5000), LINES (1000000), RUNS (11), WARM (5), PORT (8391).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

SELLERS=${SELLERS:-5000}
LINES=${LINES:-1000000}
RUNS=${RUNS:-11}
WARM=${WARM:-5}
PORT=${PORT:-8391}
DATA=target/bench-dashboard
BASE="http://127.0.0.1:$PORT"
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

rm -rf "$DATA" && mkdir -p "$DATA"
echo "== starting the service on a fresh embedded database in $DATA"
# Parcels the seed leaves unconfirmed stay so: the service's own expiry of unconfirmed cash-on-delivery parcels would
# otherwise cancel some while the summaries are being rebuilt (a rebuild is for a stopped service; see README).
# The management interface on a port of its own, beside PORT: 9000 may be taken by another service on the machine.
SERVICE_OPTS="${SERVICE_OPTS:-} -Dchophien.orders.cod-confirm-timeout=P3650D -Dquarkus.management.port=$((PORT + 1))" \
    start_service "$DATA" "$DATA.log" "$PORT"
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
await_service "$BASE" "$DATA.log"
sql() {
    LD_LIBRARY_PATH="$DATA/mariadb/base/libs" "$DATA/mariadb/base/bin/mariadb" --no-defaults --skip-ssl \
        --socket="$DATA/mariadb/tmp/mariadb.sock" -u root -N chophien "$@"
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "== seeding $SELLERS sellers and $LINES order lines over the last 365 days"
started=$(date +%s%N)
SELLERS=$SELLERS LINES=$LINES node bench/dashboard-seed.mjs src/main/resources/places/communes.csv | sql
echo "   seeded in $(ms "$started") ms"

echo "== rebuilding the summaries from the orders (the rebuild part of V14__dashboard.sql)"
started=$(date +%s%N)
sed -n '/^-- Rebuild:/,$p' src/main/resources/db/migration/V14__dashboard.sql | sql
echo "   rebuilt in $(ms "$started") ms: $(sql -e "SELECT COUNT(*) FROM sales_week") sales_week rows," \
    "$(sql -e "SELECT COUNT(*) FROM sales_product_block") sales_product_block rows"
summary=$(sql -e "SELECT SUM(revenue_vnd), SUM(grams), SUM(parcels) FROM sales_week")
lines=$(sql -e "SELECT SUM(l.unit_price_vnd * l.quantity), SUM(l.unit_weight_grams * l.quantity),
    COUNT(DISTINCT p.id) FROM order_line l JOIN seller_order p ON p.id = l.seller_order_id
    WHERE p.status NOT IN ('CANCELLED', 'RETURNED')")
blocks=$(sql -e "SELECT SUM(revenue_vnd) FROM sales_product_block WHERE level = 0")
echo "   summary (revenue, grams, orders): $summary; from the lines: $lines; products' weeks: $blocks"
[ "$summary" = "$lines" ] && [ "$(echo "$summary" | cut -f1)" = "$blocks" ] || { echo "SUMMARY CHECK FAILED" >&2; exit 1; }

token=$(node - "$DATA/keys/private.pem" <<'JS'
// The officer's session token, signed the way the service signs it (RS256, its issuer and audience), with its own key.
const { createPrivateKey, sign, randomUUID } = require('node:crypto');
const key = createPrivateKey(require('node:fs').readFileSync(process.argv[2]));
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const head = b64({ alg: 'RS256', typ: 'JWT' });
const body = b64({ iss: 'https://chophien.vn', aud: 'chophien', sub: '1', upn: 'bench-officer', groups: ['OCOP_OFFICER'],
  iat: now, exp: now + 3600, jti: randomUUID(), sid: 'bench-officer' });
console.log(`${head}.${body}.${sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key).toString('base64url')}`);
JS
)
call() { curl -sf -o "$DATA/last" -w '%{time_total}\n' -H "Authorization: Bearer $token" "$BASE$1"; }

echo "== the officer's dashboard of the last 52 weeks: $WARM warm-up calls, then $RUNS timed"
for _ in $(seq 1 "$WARM"); do call /api/dashboard/provinces/08 >/dev/null; done
times=$(for _ in $(seq 1 "$RUNS"); do call /api/dashboard/provinces/08; done | sort -n)
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
  console.log(`   ${d.orders} orders, ${d.kg} kg, ${d.revenueVnd} ₫ over ${d.byWeek.length} weeks; ${d.productsSold} products sold; ` +
    `${d.households.onboarded} households onboarded, ${d.households.selling} selling; ${d.byCommune.length} communes, ` +
    `${d.postOffices.length} post offices`);' "$DATA/last"
echo "$times" | awk '{ t[NR] = $1 * 1000 } END {
    printf "   dashboard: median %.0f ms, fastest %.0f ms, slowest %.0f ms (%d calls)\n", t[int((NR + 1) / 2)], t[1], t[NR], NR }'
echo "   page /dashboard/provinces/08: $(curl -sf -o /dev/null -w '%{time_total}' -b "chophien_session=$token" \
    "$BASE/dashboard/provinces/08" | awk '{ printf "%.0f", $1 * 1000 }') ms;" \
    "CSV of every product: $(call '/api/dashboard/provinces/08/export.csv?table=products' | awk '{ printf "%.0f", $1 * 1000 }') ms," \
    "$(wc -l < "$DATA/last") lines"
