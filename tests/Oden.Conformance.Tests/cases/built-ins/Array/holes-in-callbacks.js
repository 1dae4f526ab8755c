function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var a = [1, , 3, , 5];
function visited(m) { var log = []; a[m](function (v, i) { log.push(i); return true; }); return log.join(); }
['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap'].forEach(function (m) {
  t(m, function () { return visited(m); });
});
t('reduce', function () { var log = []; a.reduce(function (acc, v, i) { log.push(i); return acc; }, 0); return log.join(); });
t('reduceRight', function () { var log = []; a.reduceRight(function (acc, v, i) { log.push(i); return acc; }); return log.join(); });
t('map keeps holes', function () { var r = a.map(function (x) { return x; }); return [r.length, 1 in r]; });
t('filter compacts', function () { return a.filter(function () { return true; }); });
t('join', function () { return a.join('-'); });
t('toString', function () { return [null, undefined, , 1].toString(); });
t('sort holes last', function () { var r = [3, , 1, undefined].sort(); return [r.length, r[0], r[1], r[2], 3 in r]; });
t('reverse holes', function () { var r = [1, , 3, , ].reverse(); return [r.length, 0 in r, 1 in r, r[1]]; });
t('proto fills hole', function () { Array.prototype[1] = 'P'; var r = [0, , 2].map(function (x) { return x; }); delete Array.prototype[1]; return r; });
t('slice holes', function () { var r = a.slice(0, 2); return [r.length, 1 in r]; });
t('concat holes', function () { var r = [, 1].concat([2, , ]); return [r.length, 0 in r, 3 in r]; });
t('indexOf skips holes', function () { return [, undefined].indexOf(undefined); });
t('reduce empty', function () { return [, , ].reduce(function (a, b) { return a + b; }); });
t('reduce single', function () { return [, 7, ].reduce(function (a, b) { return a + b; }); });
