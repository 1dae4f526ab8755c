function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('empty no init', function () { return [].reduce(function () {}); });
t('empty init', function () { return [].reduce(function () {}, 'init'); });
t('args', function () { var log = []; [1, 2].reduce(function (acc, v, i, arr) { log.push([acc, v, i, arr.length].join('/')); return acc + v; }); return log; });
t('init undefined counts', function () { return [1].reduce(function (acc, v) { return String(acc) + v; }, undefined); });
t('right order', function () { return ['a', 'b', 'c'].reduceRight(function (acc, v) { return acc + v; }); });
t('right args', function () { var log = []; ['a', 'b'].reduceRight(function (acc, v, i) { log.push(i); return acc; }, ''); return log; });
t('not callable', function () { return [1].reduce('f'); });
t('not callable empty', function () { return [].reduce(null, 1); });
t('generic', function () { return Array.prototype.reduce.call('abc', function (a, c) { return c + a; }); });
t('mutation appends ignored', function () { var arr = [1, 2]; return arr.reduce(function (acc, v) { arr.push(10); return acc + v; }); });
t('mutation delete', function () { var arr = [1, 2, 3]; return arr.reduce(function (acc, v) { delete arr[2]; return acc + v; }); });
t('right empty holes', function () { return [, , ].reduceRight(function () {}); });
t('lengths', function () { return [[].reduce.length, [].reduceRight.length]; });
