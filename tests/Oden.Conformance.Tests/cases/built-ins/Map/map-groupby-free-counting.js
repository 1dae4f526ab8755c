function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var words = 'the quick brown fox jumps over the lazy dog the end'.split(' ');
var counts = new Map();
words.forEach(function (w) { counts.set(w, (counts.get(w) || 0) + 1); });
t('counts', function () { return JSON.stringify(Array.from(counts)); });
t('sorted by count', function () { return Array.from(counts).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 3).map(function (e) { return e.join('='); }).join(' '); });
t('keys spread via Array.from', function () { return Array.from(counts.keys()).length; });
t('forEach this', function () { var total = 0; counts.forEach(function (v) { this.n += v; }, { get n() { return total; }, set n(x) { total = x; } }); return total; });
t('entries iterator reuse', function () { var it = counts.entries(); return it[Symbol.iterator]() === it; });
