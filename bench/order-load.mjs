// Order load for bench/orders.sh. After a warm-up, phase 1, the rush: every buyer at once asks for one box of the single scarce pack
// size. Phase 2, a mixed load: a steady stream of orders of 1–3 lines over 50 plentiful products.
// Prints orders/s, latency percentiles and the status of every answer; exits non-zero on any answer but 201 or 409.
// With JAVA_PID and DB_PID (and DB_CLIENT, a command line that runs SQL read from its last argument), also the CPU the
// service and its database used per order in the mixed load, and how many statements the database ran per order.
// Usage: node bench/order-load.mjs <base url> <tokens.json> <scarce variant id> <first plentiful id> <count>
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const [base, tokensFile, scarce, firstPlentiful, plentifulCount] = process.argv.slice(2);
const tokens = JSON.parse(readFileSync(tokensFile, 'utf8'));
const MIXED_ORDERS = Number(process.env.MIXED_ORDERS ?? 6000);
const MIXED_CONCURRENCY = Number(process.env.MIXED_CONCURRENCY ?? 64);
const communes = ['00004', '00694', '26740', '23941', '01153'];

async function order(token, lines) {
  const body = JSON.stringify({
    lines, paymentMethod: 'COD',
    shipTo: { name: 'Người mua thử', phone: '0912345678', line1: 'Số 1', communeCode: communes[lines.length % communes.length] },
  });
  const started = performance.now();
  const response = await fetch(`${base}/api/orders`, {
    method: 'POST', body,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, text };
}

function report(name, results, seconds) {
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
  const created = statuses[201] ?? 0;
  console.log(`${name.padEnd(44)} ${results.length} requests in ${seconds.toFixed(2)} s: `
    + `${(created / seconds).toFixed(0)} orders/s (${(results.length / seconds).toFixed(0)} answers/s), `
    + `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, statuses ${JSON.stringify(statuses)}`);
  return results.filter((r) => r.status !== 201 && r.status !== 409);
}

// Warm-up: the JIT compiles the checkout path before anything is measured (a service runs warm in a campaign).
const WARMUP = Number(process.env.WARMUP ?? 2000);
let warmed = 0;
let started = performance.now();
await Promise.all(Array.from({ length: 32 }, async () => {
  while (warmed < WARMUP) {
    const n = warmed++;
    await order(tokens[n % tokens.length], [{ variantId: Number(firstPlentiful) + (n % Number(plentifulCount)), quantity: 1 }]);
  }
}));
console.log(`warm-up: ${WARMUP} orders in ${((performance.now() - started) / 1000).toFixed(1)} s (not measured)`);

started = performance.now();
const rush = await Promise.all(tokens.map((token) => order(token, [{ variantId: Number(scarce), quantity: 1 }])));
const bad = report(`rush: ${tokens.length} buyers, 1 box each`, rush, (performance.now() - started) / 1000);

// CPU time in ms used so far by a process (Linux), for the cost of each order.
const cpuMs = (pid) => {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms
};
const statements = () => {
  if (!process.env.DB_CLIENT) return 0;
  const client = process.env.DB_CLIENT.split(' ');
  const out = execFileSync(client[0], [...client.slice(1), "SHOW GLOBAL STATUS LIKE 'Questions'"], { encoding: 'utf8' });
  return Number(out.trim().split(/\s+/).pop());
};
if (process.env.PROFILE) execFileSync('jcmd', [process.env.JAVA_PID, 'JFR.start', 'name=bench', 'settings=profile']);
const before = { java: cpuMs(process.env.JAVA_PID), db: cpuMs(process.env.DB_PID), statements: statements() };

let sent = 0;
const mixed = [];
started = performance.now();
await Promise.all(Array.from({ length: MIXED_CONCURRENCY }, async () => {
  while (sent < MIXED_ORDERS) {
    const n = sent++;
    const lines = [];
    const count = 1 + (n % 3);
    for (let i = 0; i < count; i++) {
      lines.push({ variantId: Number(firstPlentiful) + ((n * 7 + i * 13) % Number(plentifulCount)), quantity: 1 + (i % 2) });
    }
    const unique = [...new Map(lines.map((l) => [l.variantId, l])).values()];
    mixed.push(await order(tokens[n % tokens.length], unique));
  }
}));
bad.push(...report(`mixed: ${MIXED_CONCURRENCY} at a time over ${plentifulCount} products`, mixed,
  (performance.now() - started) / 1000));

if (process.env.PROFILE) {
  execFileSync('jcmd', [process.env.JAVA_PID, 'JFR.stop', 'name=bench', `filename=${process.env.PROFILE}`]);
}
const created = mixed.filter((r) => r.status === 201).length;
if (process.env.JAVA_PID && created > 0) {
  const per = (used) => (used / created).toFixed(2);
  console.log(`mixed, per order: java CPU ${per(cpuMs(process.env.JAVA_PID) - before.java)} ms, `
    + `database CPU ${per(cpuMs(process.env.DB_PID) - before.db)} ms, `
    + `${per(statements() - before.statements - 1)} statements`);
}
console.log(`sold in the rush: ${rush.filter((r) => r.status === 201).length}`);
for (const r of bad.slice(0, 5)) console.log(`unexpected ${r.status}: ${r.text.slice(0, 300)}`);
process.exit(bad.length === 0 ? 0 : 1);
