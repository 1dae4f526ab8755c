function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('clear mid iteration', function () { var s = new Set([1, 2, 3]); var it = s.values(); var a = it.next().value; s.clear(); s.add(10); return [a, it.next().value, it.next().done]; });
t('growth during iteration', function () { var s = new Set(); for (var i = 0; i < 5; i++) s.add(i); var out = []; for (var v of s) { out.push(v); if (v < 20) s.add(v + 5); } return out.length + ' ' + out[out.length - 1]; });
t('delete all ahead', function () { var s = new Set([1, 2, 3, 4]); var out = []; for (var v of s) { out.push(v); s.delete(v + 1); } return out; });
t('spread-like Array.from', function () { return Array.from(new Set([3, 1, 3])); });
t('iterator after exhaustion and add', function () { var s = new Set([1]); var it = s.values(); it.next(); it.next(); s.add(2); return it.next().done; });
t('size after ops', function () { var s = new Set(); for (var i = 0; i < 100; i++) s.add(i % 10); for (i = 0; i < 5; i++) s.delete(i); return s.size; });
t('entries [v,v]', function () { var e = new Set([NaN]).entries().next().value; return [e.length, Number.isNaN(e[0]), Number.isNaN(e[1])]; });
