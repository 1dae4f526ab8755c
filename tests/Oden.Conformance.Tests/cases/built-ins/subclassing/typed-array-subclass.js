class Bytes extends Uint8Array {
  hex() { return Array.from(this, b => b.toString(16).padStart(2, '0')).join(''); }
}
const b = new Bytes([1, 2, 255]);
console.log(b.hex(), b.length, b instanceof Uint8Array, b instanceof Bytes);
const sub = b.subarray(1);
console.log(sub instanceof Bytes, sub.hex());
console.log(b.map(x => x + 1) instanceof Bytes, b.slice(0, 1).hex());
console.log(Bytes.from([16]).hex(), Bytes.of(17).hex());
class Floats extends Float64Array {}
const f = new Floats(2);
f[0] = 1.5;
console.log(f[0], f.length, Object.prototype.toString.call(f));
class Buffer2 extends ArrayBuffer { get size() { return this.byteLength; } }
const buf = new Buffer2(8);
console.log(buf.size, buf instanceof ArrayBuffer, buf.slice(0, 4) instanceof Buffer2, buf.slice(0, 4).byteLength);
class View extends DataView {}
const v = new View(new ArrayBuffer(4));
v.setInt16(0, -2);
console.log(v.getInt16(0), v instanceof DataView);
