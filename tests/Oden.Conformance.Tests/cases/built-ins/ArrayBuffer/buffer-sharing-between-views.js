function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var buf = new ArrayBuffer(8);
var u8 = new Uint8Array(buf), i16 = new Int16Array(buf), f32 = new Float32Array(buf), dv = new DataView(buf);
t('write through u8', function () { u8[0] = 0xff; u8[1] = 0x7f; return [i16[0], dv.getInt16(0, true), dv.getInt16(0)]; });
t('float bits', function () { f32[1] = 1; return Array.from(u8.slice(4)); });
t('dataview write visible', function () { dv.setUint16(2, 0xabcd); return [u8[2].toString(16), u8[3].toString(16)]; });
t('buffer identity', function () { return [u8.buffer === buf, f32.buffer === dv.buffer]; });
t('slice independent', function () { var copy = buf.slice(0); new Uint8Array(copy)[0] = 1; return u8[0]; });
