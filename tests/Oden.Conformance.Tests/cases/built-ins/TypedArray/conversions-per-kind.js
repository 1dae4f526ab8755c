function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var vals = [0, -0, 1.5, -1.5, 255, 256, -129, 65535, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 3, NaN, Infinity, -Infinity, 0.5, 2.5, 254.5, 1e-40, 3.4e39];
[Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array].forEach(function (C) {
  t(C.name, function () { var a = new C(vals.length); vals.forEach(function (v, i) { a[i] = v; }); return Array.prototype.map.call(a, function (x) { return Object.is(x, -0) ? '-0' : String(x); }).join(' '); });
});
t('BYTES_PER_ELEMENT', function () { return [Int8Array, Uint16Array, Float32Array, Float64Array].map(function (C) { return C.BYTES_PER_ELEMENT + '/' + C.prototype.BYTES_PER_ELEMENT; }).join(); });
t('string values', function () { var a = new Int16Array(3); a[0] = '12'; a[1] = '0x10'; a[2] = 'x'; return Array.from(a); });
t('object valueOf', function () { var a = new Uint8Array(1); a[0] = { valueOf: function () { return 7; } }; return a[0]; });
