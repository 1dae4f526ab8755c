function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('comparator NaN', function () { return [3, 1, 2].sort(function () { return NaN; }).join(); });
t('comparator string result', function () { return [3, 1, 2].sort(function (a, b) { return String(a - b); }).join(); });
t('comparator valueOf', function () { return [3, 1, 2].sort(function (a, b) { return { valueOf: function () { return b - a; } }; }).join(); });
t('comparator throws', function () { var a = [3, 1, 2]; try { a.sort(function () { throw new TypeError('stop'); }); } catch (e) { return e.name + ' ' + a.join(); } });
t('not callable', function () { return [1].sort('x'); });
t('null comparator', function () { return [1].sort(null); });
t('not callable empty', function () { return [].sort(true); });
t('undefined comparator ok', function () { return [2, 1].sort(undefined); });
t('stability', function () {
  var items = []; for (var i = 0; i < 40; i++) items.push({ k: i % 3, i: i });
  items.sort(function (a, b) { return a.k - b.k; });
  return items.map(function (x) { return x.i; }).join(',');
});
t('default compares strings', function () { return [10, 9, 1, 100, -1, -10].sort().join(); });
t('default undefined', function () { return [undefined, 'b', undefined, 'a'].sort().join('|'); });
t('symbols throw', function () { return [Symbol(), Symbol()].sort(); });
t('generic object', function () { var o = { length: 3, 0: 'c', 1: 'a', 2: 'b' }; Array.prototype.sort.call(o); return [o[0], o[1], o[2]].join(); });
t('generic holes', function () { var o = { length: 4, 0: 'b', 2: 'a' }; Array.prototype.sort.call(o); return JSON.stringify(o); });
t('comparator args', function () { var seen = []; [2, 1].sort(function (a, b) { seen.push(typeof a, typeof b, arguments.length); return 0; }); return seen.slice(0, 3); });
t('returns same', function () { var a = [1]; return a.sort() === a; });
t('unicode order', function () { return ['\uD83D\uDE00', '\uFF5E', 'a', 'Z'].sort().map(function (s) { return s.charCodeAt(0); }).join(); });
