function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var a = [1, 2, 3];
t('toReversed', function () { return a.toReversed(); });
t('original', function () { return a; });
t('holes read through', function () { return [1, , 3].toReversed(); });
t('hole own', function () { var r = [1, , 3].toReversed(); return r.hasOwnProperty(1); });
t('array-like', function () { return Array.prototype.toReversed.call({ length: 3, 0: 'a', 2: 'c' }); });
t('string', function () { return Array.prototype.toReversed.call('abc'); });
t('length 0', function () { return Array.prototype.toReversed.call({}); });
t('with 1', function () { return a.with(1, 'x'); });
t('with -1', function () { return a.with(-1, 'y'); });
t('with 3', function () { return a.with(3, 0); });
t('with -4', function () { return a.with(-4, 0); });
t('with 1.7', function () { return a.with(1.7, 'z'); });
t('with NaN', function () { return a.with(NaN, 'n'); });
t('with "1"', function () { return a.with('1', 's'); });
t('with hole', function () { return [, 2].with(1, 3); });
t('with null', function () { return Array.prototype.with.call(null, 0, 1); });
t('length', function () { return [Array.prototype.toReversed.length, Array.prototype.with.length]; });
t('species ignored', function () {
  var b = [1, 2]; b.constructor = function () { throw new Error('no'); };
  return [b.toReversed(), b.with(0, 9)];
});
t('valueOf order', function () {
  var log = [];
  var r = [1, 2].with({ valueOf: function () { log.push('idx'); return 0; } }, 5);
  return log.concat(r);
});
