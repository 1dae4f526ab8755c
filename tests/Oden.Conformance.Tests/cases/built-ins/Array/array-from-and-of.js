function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('from string', function () { return Array.from('a\uD83D\uDE00b').length; });
t('from array-like', function () { return Array.from({ length: 3, 1: 'x' }); });
t('from Set', function () { return Array.from(new Set([1, 1, 2])); });
t('from Map', function () { return JSON.stringify(Array.from(new Map([[1, 'a']]))); });
t('mapFn', function () { return Array.from([1, 2], function (x, i) { return x * 10 + i; }); });
t('mapFn thisArg', function () { return Array.from([1], function () { return this.v; }, { v: 'T' }); });
t('mapFn not callable', function () { return Array.from([1], 'x'); });
t('null', function () { return Array.from(null); });
t('number', function () { return Array.from(3); });
t('length string', function () { return Array.from({ length: '2' }); });
t('negative length', function () { return Array.from({ length: -5 }); });
t('from iterable over array-like', function () {
  var o = { length: 5 }; o[Symbol.iterator] = function () { var i = 0; return { next: function () { return { done: i > 1, value: i++ }; } }; };
  return Array.from(o);
});
t('custom ctor', function () {
  function C() { this.args = arguments.length; }
  var r = Array.from.call(C, { length: 2, 0: 'a', 1: 'b' }); return [r instanceof C, r.length, r[1], r.args];
});
t('non-ctor this', function () { return Array.isArray(Array.from.call({}, [1])); });
t('of', function () { return Array.of(7); });
t('of many', function () { return Array.of(1, 'a', null); });
t('of custom', function () { function C(n) { this.n = n; } var r = Array.of.call(C, 'x', 'y'); return [r.n, r.length, r[0]]; });
t('iterator closed on mapFn throw', function () {
  var closed = false; var it = {}; it[Symbol.iterator] = function () { return { next: function () { return { done: false, value: 1 }; }, return: function () { closed = true; return {}; } }; };
  try { Array.from(it, function () { throw new Error('x'); }); } catch (e) { return closed; }
});
t('lengths', function () { return [Array.from.length, Array.of.length, Array.length]; });
