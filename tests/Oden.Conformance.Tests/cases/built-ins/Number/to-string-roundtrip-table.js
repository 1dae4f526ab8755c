function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var rng = 12345;
function next() { rng = (rng * 1103515245 + 12345) % 2147483648; return rng / 2147483648; }
var out = [];
for (var i = 0; i < 40; i++) {
  var v = (next() - 0.5) * Number('1e' + (Math.floor(next() * 40) - 20));
  out.push(String(v));
}
t('random-ish values', function () { return out.slice(0, 20).join(' '); });
t('random-ish values 2', function () { return out.slice(20).join(' '); });
t('roundtrip', function () { return out.every(function (s) { return String(Number(s)) === s; }); });
t('powers of two', function () { var r = []; for (var e = -10; e <= 70; e += 8) r.push(String(Math.pow(2, e))); return r.join(' '); });
t('near integers', function () { return [0.1 * 3, 1.1 * 1.1, 1e16 + 1, 123456789.12345678, 4.35 * 100].map(String).join(' '); });
