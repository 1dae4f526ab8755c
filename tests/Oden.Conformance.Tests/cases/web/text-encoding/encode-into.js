// TextEncoder.encodeInto: read counts UTF-16 code units, written counts bytes; stops before a character that does not fit.
const te = new TextEncoder();
function run(src, size) {
  const dest = new Uint8Array(size);
  const r = te.encodeInto(src, dest);
  console.log(JSON.stringify(src), size, r.read, r.written, Array.from(dest).join(','));
}
run('abc', 5);
run('abc', 2);
run('é', 1);
run('é', 2);
run('€uro', 3);
run('€uro', 5);
run('😀x', 3);
run('😀x', 4);
run('😀x', 5);
run('\ud800', 3);
run('\ud800', 2);
run('', 0);
const big = new Uint8Array(10);
const sub = big.subarray(4, 7);
const r = te.encodeInto('xyz!', sub);
console.log(r.read, r.written, Array.from(big).join(','));
console.log(Object.keys(r).join(), Object.getPrototypeOf(r) === Object.prototype);
try { te.encodeInto('a', new Uint16Array(2)); } catch (e) { console.log(e.constructor.name); }
try { te.encodeInto('a', []); } catch (e) { console.log(e.constructor.name); }
