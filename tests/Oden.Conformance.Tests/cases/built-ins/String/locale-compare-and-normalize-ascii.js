function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('sort with localeCompare', function () { return ['b', 'a', 'C', 'c', 'B', 'A'].sort(function (x, y) { return x.localeCompare(y); }).join(''); });
t('numbers as strings', function () { return ['10', '9', '1', '100'].sort(function (x, y) { return x.localeCompare(y); }).join(); });
t('equal', function () { return ['abc'.localeCompare('abc'), ''.localeCompare('')]; });
t('prefix', function () { return [Math.sign('ab'.localeCompare('abc')), Math.sign('abc'.localeCompare('ab'))]; });
t('coercion', function () { return [Math.sign('null'.localeCompare(null)), Math.sign('undefined'.localeCompare())]; });
t('on null this', function () { return String.prototype.localeCompare.call(null, 'a'); });
