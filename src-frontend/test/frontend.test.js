// Unit tests of the browser modules' logic, with Node's own test runner (npm test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPhone } from '../src/phone.js';
import { fitWithin } from '../src/photo-resize.js';
import { productFromForm, readQueue, writeQueue, flush } from '../src/offline-draft.js';

function memoryStorage() {
  const data = new Map();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => data.set(k, String(v)) };
}

test('groups a mobile number as it is typed', () => {
  assert.equal(formatPhone('0912345678'), '0912 345 678');
  assert.equal(formatPhone('+84912345678'), '+84912345678');
});

test('fits a camera photo within 1600 px without enlarging small ones', () => {
  assert.deepEqual(fitWithin(4000, 3000), { width: 1600, height: 1200 });
  assert.deepEqual(fitWithin(3000, 4000), { width: 1200, height: 1600 });
  assert.deepEqual(fitWithin(800, 600), { width: 800, height: 600 });
});

test('turns the new-product form into the API body, reading Vietnamese thousands separators', () => {
  const body = productFromForm({ name: 'Cam Vàng', category: 'FRUIT', label: '1 kg', weightGrams: '1000',
    priceVnd: '45.000', stock: '100' });
  assert.deepEqual(body, { name: 'Cam Vàng', category: 'FRUIT', description: '',
    variants: [{ label: '1 kg', weightGrams: 1000, priceVnd: 45000, stock: 100 }] });
});

test('a draft stays queued while the network fails and is sent once with the same key', async () => {
  const storage = memoryStorage();
  writeQueue(storage, [{ key: 'k-1', owner: '7', product: { name: 'Chè' } }]);
  const seen = [];
  assert.equal(await flush(storage, async () => { throw new Error('offline'); }, '7'), 1);
  assert.equal(await flush(storage, async (draft) => { seen.push(draft.key); return 503; }, '7'), 1);
  assert.equal(await flush(storage, async (draft) => { seen.push(draft.key); return 201; }, '7'), 0);
  assert.deepEqual(seen, ['k-1', 'k-1']);
  assert.deepEqual(readQueue(storage), []);
});

test('a draft the server refuses as invalid is not retried forever', async () => {
  const storage = memoryStorage();
  writeQueue(storage, [{ key: 'k-2', owner: '7', product: {} }]);
  assert.equal(await flush(storage, async () => 400, '7'), 0);
});

test('a draft is sent only as the account that wrote it, never as whoever signs in next on the phone', async () => {
  const storage = memoryStorage();
  writeQueue(storage, [{ key: 'mine', owner: '7', product: { name: 'Chè' } },
    { key: 'hers', owner: '8', product: { name: 'Mật ong' } }, { key: 'nobody', product: { name: 'Gạo' } }]);
  const sent = [];
  const send = async (draft) => { sent.push(draft.key); return 201; };
  assert.equal(await flush(storage, send, ''), 3, 'a visitor sends nothing');
  assert.equal(await flush(storage, send, '8'), 2);
  assert.deepEqual(sent, ['hers']);
  assert.deepEqual(readQueue(storage).map((d) => d.key), ['mine', 'nobody']);
});

test('a scanned label gives its tracking code, from the barcode or from the QR code of its tracking page', async () => {
  const { codeFrom } = await import('../src/scan-code.js');
  assert.equal(codeFrom('CP000000014VN'), 'CP000000014VN');
  assert.equal(codeFrom(' cp 0000 0001 4vn '), 'CP000000014VN');
  assert.equal(codeFrom('https://chophien.vn/track/CP000000014VN'), 'CP000000014VN');
  assert.equal(codeFrom('http://localhost:8080/track/CP000000014VN?lang=en'), 'CP000000014VN');
  assert.equal(codeFrom('CPK7Q3X9MD-1'), 'CPK7Q3X9MD-1');
  assert.equal(codeFrom('https://example.com/<script>'), null);
  assert.equal(codeFrom(''), null);
});
