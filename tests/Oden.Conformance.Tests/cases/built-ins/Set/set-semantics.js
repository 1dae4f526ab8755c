function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('dedupe', function () { return Array.from(new Set([1, '1', 1, NaN, NaN, 0, -0])).map(String).join(); });
t('add returns set', function () { var s = new Set(); return s.add(1) === s; });
t('-0 key normalized', function () { var s = new Set([-0]); return Object.is(Array.from(s)[0], 0); });
t('objects', function () { var o = {}; var s = new Set([o, {}]); return [s.size, s.has(o), s.has({})]; });
t('delete', function () { var s = new Set([1, 2]); return [s.delete(1), s.delete(1), s.size]; });
t('keys === values', function () { return Set.prototype.keys === Set.prototype.values && Set.prototype[Symbol.iterator] === Set.prototype.values; });
t('entries', function () { return JSON.stringify(Array.from(new Set(['a']).entries())); });
t('forEach args', function () { var r; var s = new Set(['x']); s.forEach(function (v, k, set) { r = [v, k, set === s]; }); return r; });
t('string constructor', function () { return new Set('hello').size; });
t('live add during forEach', function () { var s = new Set([1]); var seen = []; s.forEach(function (v) { seen.push(v); if (v < 5) s.add(v + 1); }); return seen; });
t('delete and re-add during iteration', function () { var s = new Set([1, 2, 3]); var seen = []; for (var v of s) { seen.push(v); if (v === 1) { s.delete(1); s.add(1); } if (seen.length > 6) break; } return seen; });
t('no new', function () { return Set(); });
t('uses add', function () { var orig = Set.prototype.add; var n = 0; Set.prototype.add = function (v) { n++; return orig.call(this, v); }; new Set([1, 2, 3]); Set.prototype.add = orig; return n; });
t('wrong this', function () { return Set.prototype.has.call(new Map(), 1); });
t('lengths', function () { return [Set.length, Set.prototype.add.length, Set.prototype.forEach.length, Set.prototype.values.name]; });
t('iterator tag', function () { return Object.prototype.toString.call(new Set().values()); });
