function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var nested = [1, [2, [3, [4, [5]]]]];
t('flat()', function () { return JSON.stringify(nested.flat()); });
t('flat(2)', function () { return JSON.stringify(nested.flat(2)); });
t('flat(Infinity)', function () { return nested.flat(Infinity); });
t('flat(0)', function () { return JSON.stringify(nested.flat(0)); });
t('flat(-1)', function () { return JSON.stringify(nested.flat(-1)); });
t('flat("1")', function () { return JSON.stringify(nested.flat('1')); });
t('flat holes', function () { return [1, , [2, , 3]].flat(); });
t('flat array-like inner not spread', function () { return [{ length: 1, 0: 'x' }].flat().length; });
t('flat generic', function () { return Array.prototype.flat.call({ length: 2, 0: [1, 2], 1: 3 }); });
t('flatMap', function () { return [1, 2, 3].flatMap(function (x) { return [x, x * 10]; }); });
t('flatMap one level', function () { return JSON.stringify([1, 2].flatMap(function (x) { return [[x]]; })); });
t('flatMap non-array', function () { return [1, 2].flatMap(function (x) { return x + 1; }); });
t('flatMap args', function () { var log = []; [5, 6].flatMap(function (v, i, arr) { log.push(v, i, arr.length, this.k); return []; }, { k: 'T' }); return log; });
t('flatMap no fn', function () { return [1].flatMap(); });
t('flatMap holes skipped', function () { var n = 0; [1, , 3].flatMap(function () { n++; return []; }); return n; });
t('species', function () {
  var a = [1, [2]]; a.constructor = {}; a.constructor[Symbol.species] = function (n) { this.made = n; };
  var r = a.flat(); return [r.made, r[0], r[1], Array.isArray(r)];
});
t('lengths', function () { return [Array.prototype.flat.length, Array.prototype.flatMap.length]; });
t('spreadable symbol ignored', function () { var o = { length: 1, 0: 'z' }; o[Symbol.isConcatSpreadable] = true; return [o].flat()[0] === o; });
