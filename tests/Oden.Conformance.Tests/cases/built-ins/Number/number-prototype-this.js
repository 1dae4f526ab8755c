function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('toString on wrapper', function () { return Number.prototype.toString.call(new Number(255), 16); });
t('toFixed on object', function () { return Number.prototype.toFixed.call({}); });
t('valueOf on Number.prototype', function () { return Number.prototype.valueOf(); });
t('toLocaleString on string', function () { return Number.prototype.toLocaleString.call('1'); });
t('toPrecision on bool', function () { return Number.prototype.toPrecision.call(true); });
t('radix before this check', function () { return Number.prototype.toString.call('x', 99); });
t('wrapper arithmetic', function () { var n = new Number(5); return [n + 1, n * 2, n == 5, n === 5, typeof n.valueOf()]; });
t('Number.prototype is 0', function () { return [Object.prototype.toString.call(Number.prototype), Number.prototype + 0]; });
t('lengths', function () { return ['toString', 'toFixed', 'toExponential', 'toPrecision', 'valueOf', 'toLocaleString'].map(function (k) { return Number.prototype[k].length; }); });
