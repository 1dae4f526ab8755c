// A number whose bits are an arbitrary NaN payload (read back raw from a typed array) is still a number:
// calling it, constructing it or calling it as a method throws a TypeError, and function values stay callable.
const bytes = new Uint8Array(8);
const payloads = [
  [0x01, 0x00, 0x0c, 0xf0, 0xe0, 0x0d, 0xf4, 0x7f],
  [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x7f],
  [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
];
const f64 = new Float64Array(bytes.buffer);
for (const p of payloads) {
  bytes.set(p);
  const n = f64[0];
  console.log(typeof n, Number.isNaN(n));
  try { n(); console.log('called'); } catch (e) { console.log('call', e.constructor.name); }
  try { new n(); console.log('constructed'); } catch (e) { console.log('new', e.constructor.name); }
  const o = { m: n };
  try { o.m(1); console.log('method'); } catch (e) { console.log('method', e.constructor.name); }
  try { o.m(1, 2, 3, 4); console.log('method4'); } catch (e) { console.log('method4', e.constructor.name); }
  const arr = [n];
  try { arr[0](); } catch (e) { console.log('element', e.constructor.name); }
}
function add(a, b) { return a + b; }
const fns = [add, (a, b) => a * b, Math.max, add.bind(null, 10), class { static m() { return 'static'; } }.m];
for (const fn of fns) console.log(fn(2, 3), typeof fn);
const holder = { add, arrow: (x) => x + 1 };
console.log(holder.add(4, 5), holder.arrow(1), [add][0](1, 1));
function F() { this.v = 1; }
console.log(new F().v, typeof new (class { })());
