function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('clear inside forEach', function () { var s = new Set([1, 2, 3]); var seen = []; s.forEach(function (v) { seen.push(v); s.clear(); }); return [seen, s.size]; });
t('delete self inside forEach', function () { var s = new Set([1, 2, 3]); var seen = []; s.forEach(function (v) { seen.push(v); s.delete(v); }); return [seen, s.size]; });
t('add after clear inside forEach', function () { var s = new Set([1, 2]); var seen = []; s.forEach(function (v) { seen.push(v); if (v === 1) { s.clear(); s.add(9); } }); return seen; });
t('size getter', function () { var s = new Set(); s.add(1).add(2).add(2); return s.size; });
t('forEach not callable', function () { return new Set([1]).forEach(null); });
