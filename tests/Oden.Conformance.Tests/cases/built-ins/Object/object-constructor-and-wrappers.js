function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('Object(1)', function () { var o = Object(1); return [typeof o, o instanceof Number, o + 1]; });
t('Object(sym)', function () { var s = Symbol('q'); var o = Object(s); return [typeof o, o.valueOf() === s, o.description]; });
t('Object(null)', function () { return [typeof Object(null), Object.keys(Object(undefined)).length]; });
t('Object(obj) same', function () { var x = {}; return Object(x) === x && new Object(x) === x; });
t('new Object(str)', function () { var o = new Object('ab'); return [o.length, o[0], typeof o]; });
t('Object.prototype.valueOf', function () { var o = {}; return [o.valueOf() === o, typeof Object.prototype.valueOf.call(1)]; });
t('valueOf null', function () { return Object.prototype.valueOf.call(null); });
t('toString null proto', function () { return String(Object.create(null)); });
t('toString on null proto via call', function () { return Object.prototype.toString.call(Object.create(null)); });
t('Object.length/name', function () { return [Object.length, Object.name, Object.prototype.constructor === Object]; });
t('Object.prototype proto', function () { return [Object.getPrototypeOf(Object.prototype), Object.isExtensible(Object.prototype)]; });
t('newTarget', function () { function F() {} var o = Reflect.construct(Object, [], F); return Object.getPrototypeOf(o) === F.prototype; });
t('newTarget with value', function () { function F() {} var o = Reflect.construct(Object, [1], F); return typeof o === 'object' && Object.getPrototypeOf(o) === F.prototype; });
