function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('every empty', function () { return [].every(function () { return false; }); });
t('some empty', function () { return [].some(function () { return true; }); });
t('truthy coercion', function () { return [[1].every(function () { return 'x'; }), [1].some(function () { return 0; })]; });
t('thisArg primitive sloppy', function () { var r; [1].forEach(function () { r = typeof this; }, 5); return r; });
t('thisArg strict', function () { var r; [1].forEach(function () { 'use strict'; r = typeof this; }, 5); return r; });
t('thisArg undefined strict', function () { var r; [1].map(function () { 'use strict'; r = this; }); return r; });
t('map len fixed', function () { var arr = [1, 2]; var r = arr.map(function (x) { arr.push(x); return x * 2; }); return [r.length, arr.length]; });
t('filter result fresh', function () { var arr = [1]; var r = arr.filter(function () { return true; }); return r !== arr; });
t('forEach returns', function () { return [1].forEach(function () { return 5; }); });
t('callback throws', function () { var n = 0; try { [1, 2, 3].forEach(function () { n++; if (n === 2) throw new EvalError('e'); }); } catch (e) { return e.name + n; } });
t('map not callable', function () { return [].map({}); });
t('every generic', function () { return Array.prototype.every.call({ length: 2, 0: 1, 1: 2 }, function (v) { return v > 0; }); });
t('some string', function () { return Array.prototype.some.call('abc', function (c) { return c === 'b'; }); });
t('filter getter order', function () {
  var log = []; var o = { length: 2 };
  Object.defineProperty(o, 0, { get: function () { log.push('g0'); return 'a'; } });
  Object.defineProperty(o, 1, { get: function () { log.push('g1'); return 'b'; } });
  Array.prototype.filter.call(o, function (v) { log.push('cb' + v); return true; }); return log;
});
t('lengths', function () { return [[].every.length, [].some.length, [].map.length, [].filter.length, [].forEach.length]; });
