function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('NaN', function () { return [NaN].includes(NaN); });
t('indexOf NaN', function () { return [NaN].indexOf(NaN); });
t('-0', function () { return [-0].includes(0) + ' ' + [0].includes(-0); });
t('hole is undefined', function () { return [, 1].includes(undefined); });
t('indexOf hole', function () { return [, 1].indexOf(undefined); });
t('fromIndex', function () { return [1, 2, 3].includes(1, 1); });
t('negative fromIndex', function () { return [1, 2, 3].includes(2, -2); });
t('fromIndex >= len', function () { return [1, 2, 3].includes(3, 3); });
t('fromIndex -Infinity', function () { return [1, 2, 3].includes(1, -Infinity); });
t('generic', function () { return Array.prototype.includes.call({ length: 2, 0: 'a', 1: 'b' }, 'b'); });
t('string', function () { return Array.prototype.includes.call('abc', 'c'); });
t('length not read past', function () {
  var n = 0; var o = { get length() { n++; return 0; } };
  var fi = { valueOf: function () { n += 10; return 0; } };
  return [Array.prototype.includes.call(o, 1, fi), n];
});
t('at', function () { var a = [1, 2, 3]; return [a.at(0), a.at(-1), a.at(3), a.at(-4), a.at(1.5), a.at('2'), a.at(NaN)]; });
t('at generic', function () { return Array.prototype.at.call({ length: 2, 0: 'x', 1: 'y' }, -1); });
t('at null', function () { return Array.prototype.at.call(null, 0); });
t('lastIndexOf -0', function () { return [1, 0].lastIndexOf(-0); });
t('lastIndexOf fromIndex', function () { return [1, 2, 1, 2].lastIndexOf(2, -2) + ' ' + [1, 2, 1].lastIndexOf(1, -10); });
