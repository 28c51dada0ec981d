// Times the three multiplications of src/lib.rs in V8 (Node; Chromium runs the same engine):
// a fixed-base one with the table, the same without it, and an X25519 exchange.
import { readFileSync } from 'node:fs';
const { instance } = await WebAssembly.instantiate(readFileSync(new URL('target/wasm32-unknown-unknown/release/basepoint_bench.wasm', import.meta.url)));
const f = instance.exports;
const time = (name, n) => { const t = performance.now(); f[name](n); return (performance.now() - t) / n * 1000; };
for (const name of ['with_table', 'without_table', 'x25519']) time(name, 50); // warm up
const rounds = { with_table: [], without_table: [], x25519: [] };
for (let r = 0; r < 7; r++) for (const name of Object.keys(rounds)) rounds[name].push(time(name, 200));
for (const [name, xs] of Object.entries(rounds)) {
  xs.sort((a, b) => a - b);
  console.log(`${name.padEnd(14)} median ${xs[3].toFixed(0)} µs per multiplication (min ${xs[0].toFixed(0)}, max ${xs[6].toFixed(0)})`);
}
