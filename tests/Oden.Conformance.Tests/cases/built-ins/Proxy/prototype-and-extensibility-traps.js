function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('getPrototypeOf trap', function () { var P = {}; return Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: function () { return P; } })) === P; });
t('getPrototypeOf non-object', function () { return Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: function () { return 1; } })); });
t('getPrototypeOf non-extensible mismatch', function () { return Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf: function () { return Array.prototype; } })); });
t('instanceof uses trap', function () { var p = new Proxy({}, { getPrototypeOf: function () { return Array.prototype; } }); return p instanceof Array; });
t('setPrototypeOf false', function () { var p = new Proxy({}, { setPrototypeOf: function () { return false; } }); return [Reflect.setPrototypeOf(p, null), (function () { try { Object.setPrototypeOf(p, null); } catch (e) { return e.name; } })()]; });
t('setPrototypeOf non-extensible mismatch', function () { var p = new Proxy(Object.preventExtensions({}), { setPrototypeOf: function () { return true; } }); return Reflect.setPrototypeOf(p, null); });
t('isExtensible mismatch', function () { return Object.isExtensible(new Proxy({}, { isExtensible: function () { return false; } })); });
t('isExtensible truthy coerced', function () { return Object.isExtensible(new Proxy({}, { isExtensible: function () { return 1; } })); });
t('preventExtensions true but extensible', function () { return Object.preventExtensions(new Proxy({}, { preventExtensions: function () { return true; } })); });
t('preventExtensions ok', function () { var tt = {}; var p = new Proxy(tt, { preventExtensions: function (t) { Object.preventExtensions(t); return true; } }); Object.preventExtensions(p); return Object.isExtensible(tt); });
t('__proto__ getter through proxy', function () { var P = { tag: 'P' }; return new Proxy({}, { getPrototypeOf: function () { return P; } }).__proto__.tag; });
