function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var a = new Uint8Array([10, 20, 30]);
t('for-of', function () { var out = []; for (var v of a) out.push(v); return out; });
t('Array.from', function () { return Array.from(a, function (x) { return x / 10; }); });
t('entries', function () { return JSON.stringify(Array.from(a.entries())); });
t('join default', function () { return a.join(); });
t('JSON', function () { return JSON.stringify({ a: a }); });
t('concat not spread', function () { return [].concat(a).length; });
t('Array.prototype.slice.call', function () { return Array.prototype.slice.call(a, 1); });
t('apply with typed array', function () { return Math.max.apply(null, a); });
t('Object.keys', function () { return Object.keys(a).join(); });
t('spread-free copy', function () { var b = Uint8Array.from(a); b[0] = 1; return [a[0], b[0]]; });
t('string conversion', function () { return String(new Float32Array([0.1, 1 / 3])); });
t('toLocaleString', function () { return new Int8Array([1, -2]).toLocaleString(); });
