function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('from string with surrogates', function () { return new Set('a\uD83D\uDE00a').size; });
t('from map entries', function () { return new Set(new Map([[1, 2]])).size; });
t('from generator-like', function () { var it = {}; it[Symbol.iterator] = function () { var i = 0; return { next: function () { return { done: i >= 3, value: i++ % 2 }; } }; }; return Array.from(new Set(it)); });
t('from array with holes', function () { return Array.from(new Set([, 1, , 1])).map(String); });
t('iterator closed when add throws', function () { var closed = false; var it = {}; it[Symbol.iterator] = function () { return { next: function () { return { done: false, value: 1 }; }, return: function () { closed = true; return {}; } }; }; var orig = Set.prototype.add; Set.prototype.add = function () { throw new Error('no'); }; try { new Set(it); } catch (e) { Set.prototype.add = orig; return closed; } });
t('union via spread-free', function () { var a = new Set([1, 2]), b = new Set([2, 3]); var u = new Set(a); b.forEach(function (v) { u.add(v); }); return Array.from(u); });
t('intersection', function () { var a = new Set([1, 2, 3]), b = new Set([2, 3, 4]); return Array.from(a).filter(function (v) { return b.has(v); }); });
t('size getter on proto throws', function () { return Set.prototype.size; });
