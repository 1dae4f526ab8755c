function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('clamped rounding ties to even', function () { return Array.from(new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.5, 1.4999])); });
t('clamped specials', function () { return Array.from(new Uint8ClampedArray([NaN, Infinity, -Infinity, -1, 256, 1e10])); });
t('float32 rounding', function () { var f = new Float32Array([0.1, 16777217, 3.4028235e38, 3.4028236e38, 1e-46, -1e-46]); return Array.from(f).map(function (x) { return Object.is(x, -0) ? '-0' : String(x); }).join(' '); });
t('float32 subnormal', function () { return new Float32Array([1.401298464324817e-45])[0]; });
t('int conversions of fractions', function () { return [Array.from(new Int8Array([1.9, -1.9, 127.9, -128.9])), Array.from(new Uint32Array([-1.5, 4294967296.5]))]; });
t('Math.fround agrees', function () { return [0.1, 16777217, 1e-46].every(function (v) { return new Float32Array([v])[0] === Math.fround(v); }); });
