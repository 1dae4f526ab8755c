function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('set from array-like', function () { var a = new Uint8Array(3); a.set({ length: 2, 0: 7, 1: 8 }); return Array.from(a); });
t('set string source', function () { var a = new Uint8Array(3); a.set('12'); return Array.from(a); });
t('set different type', function () { var a = new Uint8Array(3); a.set(new Float64Array([1.7, -1, 300])); return Array.from(a); });
t('set offset coercion', function () { var a = new Uint8Array(3); a.set([5], '2'); return Array.from(a); });
t('set offset Infinity', function () { return new Uint8Array(3).set([1], Infinity); });
t('set same buffer different type', function () { var buf = new ArrayBuffer(4); var u8 = new Uint8Array(buf); var u16 = new Uint16Array(buf); u16[0] = 0x0102; u16[1] = 0x0304; u8.set(u16, 1); return Array.from(u8); });
t('subarray negative', function () { return Array.from(new Uint8Array([1, 2, 3, 4]).subarray(-3, -1)); });
t('subarray swap empty', function () { return new Uint8Array([1, 2, 3]).subarray(2, 1).length; });
t('subarray no args', function () { var a = new Uint8Array([1, 2]); var s = a.subarray(); return [s.length, s.buffer === a.buffer]; });
t('subarray of subarray offset', function () { var a = new Int16Array(8); var s = a.subarray(2).subarray(3); return [s.byteOffset, s.length]; });
t('slice different species type', function () { var a = new Float64Array([1.5, 2.5]); a.constructor = {}; a.constructor[Symbol.species] = Int8Array; return Array.from(a.slice()); });
