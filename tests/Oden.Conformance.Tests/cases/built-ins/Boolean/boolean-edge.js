function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('Boolean()', function () { return [Boolean(), Boolean(0), Boolean(-0), Boolean(NaN), Boolean(''), Boolean(' '), Boolean('0'), Boolean([]), Boolean({}), Boolean(Symbol())]; });
t('wrapper truthy', function () { return [!!new Boolean(false), new Boolean(false) == false, typeof new Boolean(true)]; });
t('toString/valueOf', function () { return [true.toString(), Boolean.prototype.valueOf.call(new Boolean(true)), Boolean.prototype.toString.call(false)]; });
t('wrong this', function () { return Boolean.prototype.toString.call('true'); });
t('prototype is false', function () { return [Boolean.prototype.valueOf(), Object.prototype.toString.call(Boolean.prototype)]; });
t('newTarget', function () { function F() {} var b = Reflect.construct(Boolean, [1], F); return [Object.getPrototypeOf(b) === F.prototype, Boolean.prototype.valueOf.call(b)]; });
t('lengths', function () { return [Boolean.length, Boolean.prototype.toString.length]; });
