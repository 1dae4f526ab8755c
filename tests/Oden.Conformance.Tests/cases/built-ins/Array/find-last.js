function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var a = [1, 2, 3, 4, 5];
t('findLast', function () { return a.findLast(function (x) { return x % 2 === 0; }); });
t('findLastIndex', function () { return a.findLastIndex(function (x) { return x % 2 === 0; }); });
t('none', function () { return [a.findLast(function () { return false; }), a.findLastIndex(function () { return false; })]; });
t('order', function () { var log = []; a.findLast(function (v, i) { log.push(i); return false; }); return log; });
t('holes visited', function () { var log = []; [1, , 3].findLast(function (v, i) { log.push(i + ':' + v); }); return log; });
t('thisArg', function () { var r; [1].findLast(function () { r = this.x; }, { x: 'ok' }); return r; });
t('not callable', function () { return [].findLast(1); });
t('generic', function () { return Array.prototype.findLastIndex.call({ length: 3, 1: 'b' }, function (v) { return v === undefined; }); });
t('len read once', function () { var arr = [1, 2]; var log = []; arr.findLast(function (v, i) { arr.push(9); log.push(v); }); return log; });
t('find vs findIndex on hole', function () { return [[, 'x'].find(function (v) { return v === undefined; }), [, 'x'].findIndex(function (v) { return v === undefined; })]; });
t('find shrink', function () { var arr = [1, 2, 3]; var log = []; arr.find(function (v) { arr.length = 1; log.push(v); }); return log; });
t('lengths', function () { return [a.findLast.length, a.findLastIndex.length, a.find.length]; });
