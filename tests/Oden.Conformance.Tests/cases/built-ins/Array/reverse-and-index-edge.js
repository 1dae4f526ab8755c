function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('reverse odd', function () { return [1, 2, 3].reverse(); });
t('reverse generic', function () { var o = { length: 3, 0: 'a', 2: 'c' }; Array.prototype.reverse.call(o); return JSON.stringify(o); });
t('reverse returns this', function () { var a = []; return a.reverse() === a; });
t('reverse string', function () { return Array.prototype.reverse.call('ab'); });
t('reverse frozen', function () { return Object.freeze([1, 2]).reverse(); });
t('indexOf fromIndex', function () { return [[1, 2, 1].indexOf(1, 1), [1, 2, 1].indexOf(1, -1), [1].indexOf(1, 5), [1].indexOf(1, -5)]; });
t('indexOf strict', function () { return [['1'].indexOf(1), [null].indexOf(undefined), [{}].indexOf({})]; });
t('indexOf fromIndex coercion', function () { return [1, 2, 3].indexOf(3, '2'); });
t('lastIndexOf default', function () { return [1, 2, 1].lastIndexOf(1); });
t('lastIndexOf undefined fromIndex', function () { return [1, 2, 1].lastIndexOf(1, undefined); });
t('lastIndexOf NaN', function () { return [NaN].lastIndexOf(NaN); });
t('keys on array-like', function () { return Array.from(Array.prototype.keys.call({ length: 2 })); });
t('slice negative', function () { return [1, 2, 3, 4].slice(-3, -1); });
t('slice end undefined', function () { return [1, 2, 3].slice(1, undefined); });
t('slice NaN', function () { return [1, 2].slice(NaN); });
t('slice generic', function () { return Array.prototype.slice.call({ length: 3, 0: 'a', 1: 'b', 2: 'c' }, 1); });
t('slice arguments', function () { return (function () { return Array.prototype.slice.call(arguments, 1); })(1, 2, 3); });
