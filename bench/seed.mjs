// Writes SQL for a harvest-season catalogue to stdout: 2,000 sellers and 20,000 published products across the map,
// one cooperative with 10,000 of them. Deterministic (a seeded generator), so every run measures the same data.
// Usage: node bench/seed.mjs <communes.csv> > seed.sql   (SELLERS, PRODUCTS and BIG_SELLER_PRODUCTS change the sizes)
import { readFileSync } from 'node:fs';

const SELLERS = Number(process.env.SELLERS ?? 2000);
const PRODUCTS = Number(process.env.PRODUCTS ?? 20000);
const BIG_SELLER_PRODUCTS = Number(process.env.BIG_SELLER_PRODUCTS ?? 10000);

let state = 20261201;
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

const communes = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const highland = communes.filter(([, , p]) => ['08', '15', '04', '11', '52', '46'].includes(p));
const products = [
  ['Cam Vàng', 'FRUIT'], ['Cam sành', 'FRUIT'], ['Quýt đường', 'FRUIT'], ['Bưởi đỏ', 'FRUIT'], ['Mận hậu', 'FRUIT'],
  ['Chè Shan tuyết', 'TEA'], ['Hồng trà Shan tuyết', 'TEA'], ['Trà hoa vàng', 'TEA'], ['Mật ong bạc hà', 'HONEY'],
  ['Mật ong rừng', 'HONEY'], ['Gạo nếp nương', 'RICE_GRAINS'], ['Gạo Séng Cù', 'RICE_GRAINS'],
  ['Thịt trâu gác bếp', 'MEAT_FISH'], ['Lạp sườn hun khói', 'MEAT_FISH'], ['Măng khô', 'DRIED_GOODS'],
  ['Mứt cam vỏ', 'DRIED_GOODS'], ['Thảo quả', 'SPICES'], ['Hạt dổi', 'SPICES'], ['Cà phê Arabica', 'COFFEE'],
  ['Rượu ngô men lá', 'WINE_SPIRITS'], ['Tam thất', 'HERBS'], ['Giảo cổ lam', 'HERBS'], ['Khăn thổ cẩm', 'TEXTILES'],
  ['Nón lá', 'HANDICRAFTS'],
];
const qualities = ['loại 1', 'thượng hạng', 'hữu cơ', 'vụ mới', 'đặc sản', 'cổ thụ', 'nhà làm', 'chính gốc'];
const packs = [['1 kg', 1000], ['túi 3 kg', 3000], ['thùng 10 kg', 10000], ['hộp 500 g', 500], ['gói 200 g', 200]];
const sql = (s) => "'" + String(s).replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";
const slug = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const out = [];
out.push('SET autocommit = 0;');
const sellers = [];
for (let id = 1; id <= SELLERS; id++) {
  const [code, commune, province] = id === 1 ? ['01153', 'Xã Bắc Quang', '08'] : pick(highland);
  const name = id === 1 ? 'HTX Cam Vàng Bắc Quang Đại Lộc' : `${pick(['HTX', 'Hộ', 'Tổ hợp tác'])} ${commune.replace(/^(Xã|Phường|Đặc khu) /, '')} ${id}`;
  sellers.push({ id, code, province });
  out.push(`INSERT INTO seller (id, kind, name, slug, commune_code, province_code, address, created_at) VALUES (${id}, 'COOPERATIVE', ${sql(name)}, ${sql(slug(name) + '-' + id)}, '${code}', '${province}', 'Thôn 1', NOW(6));`);
}
let variant = 1;
const rows = [];
const variants = [];
for (let id = 1; id <= PRODUCTS; id++) {
  const seller = id <= BIG_SELLER_PRODUCTS ? sellers[0] : sellers[1 + Math.floor(random() * (SELLERS - 1))];
  const [base, category] = id <= BIG_SELLER_PRODUCTS && random() < 0.5 ? ['Cam Vàng', 'FRUIT'] : pick(products);
  const name = `${base} ${pick(qualities)} ${id}`;
  const description = `${base} ${pick(qualities)} từ vùng cao, thu hoạch vụ ${2025 + Math.floor(random() * 2)}. Đóng gói cẩn thận, giao qua bưu điện.`;
  const published = `DATE_SUB(NOW(6), INTERVAL ${Math.floor(random() * 60 * 24 * 90)} MINUTE)`;
  rows.push(`(${id}, ${seller.id}, ${sql(slug(name) + '-' + id)}, ${sql(name)}, '${category}', ${sql(description)}, '${seller.code}', '${seller.province}', 'PUBLISHED', NOW(6), NOW(6), ${published})`);
  const count = 1 + Math.floor(random() * 2);
  for (let v = 0; v < count; v++) {
    const [label, grams] = pick(packs);
    variants.push(`(${variant++}, ${id}, ${v}, ${sql(label)}, ${grams}, ${(20 + Math.floor(random() * 400)) * 1000}, ${Math.floor(random() * 200)})`);
  }
  if (rows.length === 1000 || id === PRODUCTS) {
    out.push('INSERT INTO product (id, seller_id, slug, name, category, description, origin_commune_code, origin_province_code, status, created_at, updated_at, published_at) VALUES\n' + rows.join(',\n') + ';');
    out.push('INSERT INTO variant (id, product_id, position, label, weight_grams, price_vnd, stock) VALUES\n' + variants.join(',\n') + ';');
    rows.length = 0;
    variants.length = 0;
  }
}
out.push('COMMIT;');
process.stdout.write(out.join('\n') + '\n');
