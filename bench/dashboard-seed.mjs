// Writes SQL for a year of a province's sales to stdout: SELLERS sellers (5,000) in Tuyên Quang's communes, two
// products each, and LINES order lines (1,000,000) in one- and two-line parcels spread over the last 365 days, across
// the storefront, Postmart, Voso and Sendo, most delivered, some cancelled or returned, the last fortnight's still on
// their way; OCOP certificates for one product in five; 30 post offices over the province's communes. Multi-row
// INSERTs straight into the tables, with explicit ids. Deterministic (a seeded generator).
// Usage: node bench/dashboard-seed.mjs <communes.csv> | mariadb …   (then the summaries' rebuild; see dashboard.sh)
import { readFileSync } from 'node:fs';

const SELLERS = Number(process.env.SELLERS ?? 5000);
const LINES = Number(process.env.LINES ?? 1000000);
const PROVINCE = process.env.PROVINCE ?? '08';
const BUYERS = 200;

// mulberry32: successive draws independent enough that seller, week and channel mix as in life (a plain LCG's
// consecutive values fall on a lattice and would leave most week × commune × channel cells empty).
let state = 20261202;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const communes = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((l) => l.split(','))
  .filter(([, , p]) => p === PROVINCE).map(([code]) => code);
const names = ['Cam Vàng', 'Cam sành', 'Chè Shan tuyết', 'Mật ong bạc hà', 'Gạo Séng Cù', 'Thịt trâu gác bếp',
  'Hồng không hạt', 'Tam thất', 'Mận hậu', 'Măng khô'];
const packs = [['thùng 10 kg', 10000, 350000], ['túi 3 kg', 3000, 120000], ['hộp 500 g', 500, 180000],
  ['1 kg', 1000, 60000], ['gói 200 g', 200, 90000]];
const channels = [['STOREFRONT', 0.40], ['POSTMART', 0.25], ['VOSO', 0.20], ['SENDO', 0.15]];
const now = Date.now();
const ts = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
const out = (s) => process.stdout.write(s + '\n');

// Batches of rows, each flushed as one INSERT of BATCH rows.
const BATCH = 2000;
const buffers = {};
function row(table, columns, values) {
  const b = (buffers[table] ??= { columns, rows: [] });
  b.rows.push(values);
  if (b.rows.length >= BATCH) flush(table);
}
function flush(table) {
  const b = buffers[table];
  if (b && b.rows.length) {
    out(`INSERT INTO ${table} (${b.columns}) VALUES ${b.rows.join(',')};`);
    b.rows = [];
  }
}

out('SET foreign_key_checks = 0; SET unique_checks = 0; SET autocommit = 0;');
// The officer the benchmark signs in as, and buyers for the storefront's orders.
out(`INSERT INTO account (id, phone, password_hash, name, province_code, created_at) VALUES (1, '+84900000100', '$2a$10$benchmarkofficerhasnopasswordxxxxxxxxxxxxxxxxxxxxxxxx', 'Cán bộ OCOP Tuyên Quang', '${PROVINCE}', NOW(6));`);
out("INSERT INTO account_role (account_id, role) VALUES (1, 'OCOP_OFFICER');");
out("INSERT INTO account_session (id, account_id, created_at, expires_at) VALUES ('bench-officer', 1, NOW(6), NOW(6) + INTERVAL 1 DAY);");
for (let b = 1; b <= BUYERS; b++) {
  row('account', 'id, phone, password_hash, name, created_at', `(${1000 + b}, '+8491${String(b).padStart(7, '0')}', 'x', 'Người mua ${b}', NOW(6))`);
}
flush('account');

const sellers = [];
for (let s = 1; s <= SELLERS; s++) {
  const commune = pick(communes);
  const kind = random() < 0.9 ? 'HOUSEHOLD' : 'COOPERATIVE';
  const joined = ts(now - Math.floor(random() * 720) * 86400000);
  sellers.push({ id: s, commune, products: [] });
  row('seller', 'id, kind, name, slug, commune_code, province_code, address, created_at',
    `(${s}, '${kind}', '${kind === 'HOUSEHOLD' ? 'Hộ' : 'HTX'} ${s}', 'ban-${s}', '${commune}', '${PROVINCE}', 'Thôn 1', '${joined}')`);
  for (let k = 0; k < 2; k++) {
    const id = 2 * s - 1 + k;
    const [label, grams, price] = pick(packs);
    const name = `${pick(names)} ${id}`;
    sellers[s - 1].products.push({ id, name, label, grams, price });
    row('product', 'id, seller_id, slug, name, category, description, origin_commune_code, origin_province_code, status, created_at, updated_at, published_at',
      `(${id}, ${s}, 'sp-${id}', '${name}', 'FRUIT', '', '${commune}', '${PROVINCE}', 'PUBLISHED', NOW(6), NOW(6), NOW(6))`);
    row('variant', 'id, product_id, position, label, weight_grams, price_vnd, stock', `(${id}, ${id}, 0, '${label}', ${grams}, ${price}, 1000)`);
    if (random() < 0.2) {
      const expires = new Date(now + Math.floor(random() * 700 - 100) * 86400000).toISOString().slice(0, 10);
      row('ocop_certificate', 'id, seller_id, province_code, stars, number, issued_by, issued_on, expires_on, status, submitted_at',
        `(${id}, ${s}, '${PROVINCE}', ${3 + Math.floor(random() * 3)}, 'QĐ-${id}', 'UBND tỉnh', '2024-01-01', '${expires}', 'VERIFIED', NOW(6))`);
      row('ocop_certificate_product', 'certificate_id, product_id', `(${id}, ${id})`);
    }
  }
}
['seller', 'product', 'variant', 'ocop_certificate', 'ocop_certificate_product'].forEach(flush);
out('COMMIT;');

for (let o = 1; o <= 30; o++) {
  row('post_office', 'id, code, name, address, carrier, created_at', `(${o}, 'BC${o}', 'Bưu cục ${o}', 'Số ${o}', '${o % 3 ? 'VNPOST' : 'VIETTELPOST'}', NOW(6))`);
}
flush('post_office');
communes.forEach((c, i) => row('post_office_commune', 'commune_code, post_office_id', `('${c}', ${1 + (i % 30)})`));
flush('post_office_commune');
out('COMMIT;');

const channelOf = () => {
  let r = random();
  for (const [c, p] of channels) { if ((r -= p) < 0) return c; }
  return 'STOREFRONT';
};
let lines = 0;
let parcel = 0;
let line = 0;
while (lines < LINES) {
  parcel++;
  const seller = sellers[Math.floor(random() * sellers.length)];
  const count = Math.min(LINES - lines, random() < 0.5 ? 1 : 2);
  const age = random() * 365 * 86400000;
  const created = ts(now - age);
  const r = random();
  const status = age > 14 * 86400000
    ? (r < 0.88 ? 'DELIVERED' : r < 0.95 ? 'CANCELLED' : 'RETURNED')
    : pick(['PLACED', 'CONFIRMED', 'READY_FOR_PICKUP', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED']);
  const channel = channelOf();
  let goods = 0;
  let grams = 0;
  for (let k = 0; k < count; k++) {
    const p = seller.products[k];
    const quantity = 1 + Math.floor(random() * 4);
    goods += p.price * quantity;
    grams += p.grams * quantity;
    row('order_line', 'id, seller_order_id, position, variant_id, product_id, product_name, variant_label, unit_price_vnd, unit_weight_grams, quantity',
      `(${++line}, ${parcel}, ${k}, ${p.id}, ${p.id}, '${p.name}', '${p.label}', ${p.price}, ${p.grams}, ${quantity})`);
  }
  lines += count;
  const storefront = channel === 'STOREFRONT';
  const orderStatus = status === 'CANCELLED' ? 'CANCELLED' : status === 'DELIVERED' || status === 'RETURNED' ? 'COMPLETED' : 'PLACED';
  row('orders', 'id, code, channel, external_ref, buyer_id, status, ship_name, ship_phone, ship_line1, ship_commune_code, ship_province_code, goods_vnd, shipping_vnd, total_vnd, payment_method, payment_status, created_at',
    `(${parcel}, 'B${parcel}', '${channel}', ${storefront ? 'NULL' : `'X${parcel}'`}, ${storefront ? 1001 + (parcel % BUYERS) : 'NULL'}, '${orderStatus}', 'Người nhận', '+84912345678', 'Số 1', '00004', '01', ${goods}, 30000, ${goods + 30000}, '${storefront ? 'COD' : 'CHANNEL'}', '${storefront ? 'COD_PENDING' : 'PAID'}', '${created}')`);
  row('seller_order', 'id, order_id, seller_id, from_commune_code, code, status, goods_vnd, shipping_vnd, weight_grams, route, created_at, updated_at',
    `(${parcel}, ${parcel}, ${seller.id}, '${seller.commune}', 'B${parcel}-1', '${status}', ${goods}, 30000, ${grams}, 'FAR', '${created}', '${created}')`);
  if (parcel % 50000 === 0) {
    ['order_line', 'orders', 'seller_order'].forEach(flush);
    out('COMMIT;');
  }
}
['order_line', 'orders', 'seller_order'].forEach(flush);
out('COMMIT;');
process.stderr.write(`${SELLERS} sellers, ${2 * SELLERS} products, ${parcel} parcels, ${line} order lines\n`);
