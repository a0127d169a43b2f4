#!/usr/bin/env bash
# Order benchmark: 1,000 buyers at once on 300 boxes of one pack size (exactly 300 must sell, the rest get 409),
# then a mixed load of orders over 50 products. Fresh embedded database; buyers are seeded as rows and signed in
# with tokens made from the service's own key in its data folder, so the figures measure ordering, not sign-in.
#
#   ./mvnw package -DskipTests && bench/orders.sh
#
# SERVICE_OPTS adds JVM options or -D settings to the service. PROFILE=target/x.jfr records a Java Flight Recording of
# the mixed load (bench/hot-frames.sh summarises it). The mixed load also prints the CPU the service and its database used
# per order, and the statements the database ran per order.
# Settings by environment: BUYERS (1000), STOCK (300), MIXED_ORDERS (6000), MIXED_CONCURRENCY (64), PORT (8391).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/service.sh

BUYERS=${BUYERS:-1000}
STOCK=${STOCK:-300}
PORT=${PORT:-8391}
DATA=${DATA:-target/bench-orders}
BASE="http://127.0.0.1:$PORT"
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }

rm -rf "$DATA" && mkdir -p "$DATA"
echo "== starting the service on a fresh embedded database in $DATA"
# Each buyer orders many times in the mixed load: the limit on open cash-on-delivery orders is lifted for it.
SERVICE_OPTS="${SERVICE_OPTS:-} -Dchophien.orders.max-open-cod=1000000" start_service "$DATA" "$DATA.log" "$PORT"
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
await_service "$BASE" "$DATA.log"
sql() {
    LD_LIBRARY_PATH="$DATA/mariadb/base/libs" "$DATA/mariadb/base/bin/mariadb" --no-defaults --skip-ssl \
        --socket="$DATA/mariadb/tmp/mariadb.sock" -u root -N chophien "$@"
}

echo "== seeding $BUYERS buyers, one seller, 1 scarce pack size ($STOCK boxes) and 50 plentiful ones"
node - "$BUYERS" "$STOCK" > "$DATA/seed.sql" <<'JS'
const [buyers, stock] = process.argv.slice(2).map(Number);
const out = ['SET autocommit = 0;'];
out.push("INSERT INTO seller (id, kind, name, slug, commune_code, province_code, address, created_at) VALUES (1, 'COOPERATIVE', 'HTX Cam Vàng Bắc Quang', 'htx-bench-1', '01153', '08', 'Thôn 1', NOW(6));");
// the cooperative's owner hears of every new parcel, as on the real service
out.push("INSERT INTO account (id, phone, password_hash, name, created_at) VALUES (1, '+84901000001', '$2a$10$benchmarkbuyershavenopasswordxxxxxxxxxxxxxxxxxxxxxxxx', 'Chủ nhiệm HTX', NOW(6));");
out.push("INSERT INTO account_role (account_id, role) VALUES (1, 'SELLER');");
out.push("INSERT INTO seller_member (seller_id, account_id, role, joined_at) VALUES (1, 1, 'OWNER', NOW(6));");
for (let p = 1; p <= 51; p++) {
  out.push(`INSERT INTO product (id, seller_id, slug, name, category, description, origin_commune_code, origin_province_code, status, created_at, updated_at, published_at) VALUES (${p}, 1, 'bench-${p}', 'Cam Vàng ${p}', 'FRUIT', '', '01153', '08', 'PUBLISHED', NOW(6), NOW(6), NOW(6));`);
  out.push(`INSERT INTO variant (id, product_id, position, label, weight_grams, price_vnd, stock) VALUES (${p}, ${p}, 0, 'thùng 10 kg', 10000, 450000, ${p === 1 ? stock : 1000000});`);
}
const rows = [];
const roles = [];
for (let b = 1; b <= buyers; b++) {
  const id = 1000 + b;
  rows.push(`(${id}, '+8491${String(b).padStart(7, '0')}', '$2a$10$benchmarkbuyershavenopasswordxxxxxxxxxxxxxxxxxxxxxxxx', 'Người mua ${b}', NOW(6))`);
  roles.push(`(${id}, 'BUYER')`);
}
out.push('INSERT INTO account (id, phone, password_hash, name, created_at) VALUES ' + rows.join(',') + ';');
out.push('INSERT INTO account_role (account_id, role) VALUES ' + roles.join(',') + ';');
// one open session per buyer, named by the tokens below (sid "bench-<n>")
const sessions = [];
for (let b = 1; b <= buyers; b++) {
  sessions.push(`('bench-${b}', ${1000 + b}, NOW(6), NOW(6) + INTERVAL 1 DAY)`);
}
out.push('INSERT INTO account_session (id, account_id, created_at, expires_at) VALUES ' + sessions.join(',') + ';');
out.push('COMMIT;');
console.log(out.join('\n'));
JS
sql < "$DATA/seed.sql"

node - "$DATA/keys/private.pem" "$BUYERS" > "$DATA/tokens.json" <<'JS'
// Signs each buyer's session token the way the service does (RS256, its issuer and audience), with its own key.
import('node:crypto').then(({ createPrivateKey, sign, randomUUID }) => {
  const [keyFile, buyers] = process.argv.slice(2);
  const key = createPrivateKey(require('node:fs').readFileSync(keyFile));
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const tokens = [];
  for (let b = 1; b <= Number(buyers); b++) {
    const head = b64({ alg: 'RS256', typ: 'JWT' });
    const body = b64({ iss: 'https://chophien.vn', aud: 'chophien', sub: String(1000 + b), upn: `bench-${b}`,
      groups: ['BUYER'], iat: now, exp: now + 3600, jti: randomUUID(), sid: `bench-${b}` });
    tokens.push(`${head}.${body}.${sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key).toString('base64url')}`);
  }
  console.log(JSON.stringify(tokens));
});
JS

echo "== load, from one Node process on the same $(nproc)-core machine"
status=0
database=$(database_pid)
echo "   resident memory before the load: java $(rss_mb "$service") MB, db $(rss_mb "$database") MB"
JAVA_PID=$service DB_PID=$database DB_CLIENT="env LD_LIBRARY_PATH=$DATA/mariadb/base/libs $DATA/mariadb/base/bin/mariadb \
--no-defaults --skip-ssl --socket=$DATA/mariadb/tmp/mariadb.sock -u root -N -e" PROFILE=${PROFILE:+$(realpath -m "$PROFILE")} node bench/order-load.mjs "$BASE" "$DATA/tokens.json" 1 2 50 || status=$?
echo "   resident memory after the load: java $(rss_mb "$service") MB, db $(rss_mb "$database") MB"
left=$(sql -e "SELECT stock FROM variant WHERE id = 1")
sold=$(sql -e "SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN seller_order p ON p.id = l.seller_order_id WHERE l.variant_id = 1")
negative=$(sql -e "SELECT COUNT(*) FROM variant WHERE stock < 0")
echo "scarce pack size: $sold sold of $STOCK, $left left, pack sizes below zero: $negative"
[ "$sold" = "$STOCK" ] && [ "$left" = 0 ] && [ "$negative" = 0 ] || { echo "STOCK CHECK FAILED" >&2; status=1; }
exit $status
