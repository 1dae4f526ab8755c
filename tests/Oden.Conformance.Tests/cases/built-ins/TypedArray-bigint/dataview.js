// DataView getBigInt64 / setBigInt64 / getBigUint64 / setBigUint64.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const dv = new DataView(new ArrayBuffer(24));
dv.setBigInt64(0, -2n);
dv.setBigInt64(8, 0x0102030405060708n, true);
dv.setBigUint64(16, 2n ** 64n - 3n);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(0, true));
console.log(dv.getBigInt64(8, true), dv.getBigInt64(8), dv.getBigUint64(8).toString(16));
console.log(dv.getBigUint64(16), dv.getBigInt64(16), dv.getUint8(16), dv.getUint8(23));
console.log(Array.from(new Uint8Array(dv.buffer, 8, 8)).join());
console.log(t(() => dv.setBigInt64(0, 1)), t(() => dv.setBigUint64(0, '5')), dv.getBigUint64(0), t(() => dv.setBigInt64(0, 'x')));
console.log(t(() => dv.getBigInt64(17)), t(() => dv.setBigInt64(20, 1n)), t(() => dv.getBigInt64(-1)), t(() => dv.setBigUint64(0)));
dv.setBigInt64(0, 2n ** 64n + 5n);
console.log(dv.getBigInt64(0), dv.getFloat64(0) > 0, dv.getInt32(4));
dv.setFloat64(0, 1);
console.log(dv.getBigUint64(0).toString(16));
console.log(DataView.prototype.getBigInt64.length, DataView.prototype.setBigInt64.length, DataView.prototype.getBigUint64.name);
console.log(t(() => DataView.prototype.getBigInt64.call({}, 0)));
const order = [];
t(() => dv.setBigInt64({ valueOf() { order.push('index'); return 0; } }, { valueOf() { order.push('value'); return 1n; } }));
console.log(order.join());
