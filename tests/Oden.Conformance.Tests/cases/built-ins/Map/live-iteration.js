function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('add during forEach', function () { var m = new Map([[1, 1]]); var seen = []; m.forEach(function (v, k) { seen.push(k); if (k < 4) m.set(k + 1, 1); }); return seen; });
t('delete ahead during iteration', function () { var m = new Map([[1, 1], [2, 2], [3, 3]]); var seen = []; for (var e of m) { seen.push(e[0]); if (e[0] === 1) m.delete(2); } return seen; });
t('delete current and re-add', function () { var m = new Map([[1, 1], [2, 2]]); var seen = []; for (var e of m) { seen.push(e[0]); if (seen.length < 5) { m.delete(e[0]); m.set(e[0], 0); } } return seen; });
t('clear during iteration', function () { var m = new Map([[1, 1], [2, 2]]); var seen = []; for (var k of m.keys()) { seen.push(k); m.clear(); } return seen; });
t('clear then add', function () { var m = new Map([[1, 1], [2, 2]]); var it = m.keys(); it.next(); m.clear(); m.set(9, 9); return JSON.stringify(it.next()); });
t('iterator done stays done', function () { var m = new Map(); var it = m.values(); it.next(); m.set(1, 1); return it.next().done; });
t('many deletes rehash', function () { var m = new Map(); for (var i = 0; i < 50; i++) m.set(i, i); var it = m.keys(); it.next(); for (i = 0; i < 45; i++) m.delete(i); var rest = []; for (var k of it) rest.push(k); return rest; });
t('forEach args', function () { var m = new Map([['k', 'v']]); var r; m.forEach(function (v, k, map) { r = [v, k, map === m, this.x]; }, { x: 'T' }); return r; });
t('forEach not callable', function () { return new Map().forEach(1); });
t('entries shape', function () { var r = new Map([[1, 'a']]).entries().next(); return JSON.stringify(r); });
t('iterator proto', function () { var it = new Map().entries(); var p = Object.getPrototypeOf(it); return [p[Symbol.toStringTag], typeof p.next, p.next.length, Object.getOwnPropertyNames(p).join()]; });
t('next wrong this', function () { var it = new Map().entries(); return it.next.call(new Set().values()); });
t('Symbol.iterator is entries', function () { return Map.prototype[Symbol.iterator] === Map.prototype.entries; });
