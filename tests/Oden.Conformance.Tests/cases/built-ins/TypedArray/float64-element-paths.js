// Float64Array elements read and written in loops (the inline element paths), beside the cases those
// paths must leave to the full [[Get]]/[[Set]]: views with an offset, length-tracking views, a resizable
// buffer shrunk under a fixed-length view, non-integer and out-of-range keys, non-Number values, -0 and NaN.
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
function fill(a, f) { for (let i = 0; i < a.length; i++) a[i] = f(i); return a; }
const plain = fill(new Float64Array(8), (i) => i * 1.5);
console.log(sum(plain), JSON.stringify(Array.from(plain)));
const buffer = new ArrayBuffer(64);
const view = new Float64Array(buffer, 16, 3);
fill(view, (i) => -i - 0.25);
console.log(sum(view), JSON.stringify(Array.from(new Float64Array(buffer))));
// Keys the inline path does not take.
console.log(plain[1.5], plain[-1], plain[8], plain['2'], plain[2], plain['-0'], plain[NaN]);
plain[1.5] = 99; plain[-1] = 99; plain[8] = 99; plain['3'] = 42;
console.log(JSON.stringify(Array.from(plain)), Object.keys(plain).length);
// Values the inline store does not take: converted by [[Set]].
plain[0] = '7.25'; plain[1] = true; plain[2] = null; plain[3] = undefined; plain[4] = { valueOf() { return 3; } };
plain[5] = -0; plain[6] = NaN; plain[7] = [2];
console.log(JSON.stringify(Array.from(plain, (x) => (Object.is(x, -0) ? '-0' : String(x)))));
// A resizable buffer: a length-tracking view follows it; a fixed-length view goes out of bounds when it shrinks.
const rab = new ArrayBuffer(32, { maxByteLength: 64 });
const tracking = new Float64Array(rab);
const fixed = new Float64Array(rab, 8, 2);
fill(tracking, (i) => i + 0.5);
console.log(tracking.length, fixed.length, sum(tracking), sum(fixed), fixed[0], fixed[1]);
rab.resize(16);
console.log(tracking.length, fixed.length, sum(tracking), fixed[0], fixed[1]);
fixed[0] = 123;
console.log(tracking[1], fixed[0]);
rab.resize(64);
console.log(tracking.length, fixed.length, sum(tracking), fixed[0], fixed[1]);
fixed[1] = 9;
console.log(JSON.stringify(Array.from(tracking)));
// Other kinds through the same sites: the inline path is for Float64Array only.
function readAll(a) { const out = []; for (let i = 0; i < a.length; i++) out.push(a[i]); return out.join(','); }
for (const a of [new Int16Array([1, -2, 30000]), new Uint8ClampedArray([300, -5, 1.5]), new Float32Array([0.1, 2.5]), new Float64Array([0.1, 2.5]), [4, 5]]) {
  console.log(a.constructor.name, readAll(a));
}
