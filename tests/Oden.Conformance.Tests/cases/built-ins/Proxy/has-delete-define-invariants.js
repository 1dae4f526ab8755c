function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var target = {};
Object.defineProperty(target, 'nc', { value: 1, configurable: false });
t('has hides non-configurable', function () { var p = new Proxy(target, { has: function () { return false; } }); return 'nc' in p; });
t('has hides on non-extensible', function () { var tt = Object.preventExtensions({ a: 1 }); var p = new Proxy(tt, { has: function () { return false; } }); return 'a' in p; });
t('has reports missing ok', function () { var p = new Proxy({}, { has: function () { return true; } }); return 'zz' in p; });
t('deleteProperty non-configurable', function () { var p = new Proxy(target, { deleteProperty: function () { return true; } }); return delete p.nc; });
t('deleteProperty non-extensible existing', function () { var tt = Object.preventExtensions({ a: 1 }); var p = new Proxy(tt, { deleteProperty: function () { return true; } }); return delete p.a; });
t('deleteProperty false sloppy', function () { var p = new Proxy({ a: 1 }, { deleteProperty: function () { return false; } }); return delete p.a; });
t('deleteProperty false strict', function () { 'use strict'; var p = new Proxy({ a: 1 }, { deleteProperty: function () { return false; } }); return delete p.a; });
t('defineProperty non-extensible new', function () { var p = new Proxy(Object.preventExtensions({}), { defineProperty: function () { return true; } }); return Object.defineProperty(p, 'x', { value: 1 }); });
t('defineProperty non-configurable missing', function () { var p = new Proxy({}, { defineProperty: function () { return true; } }); return Object.defineProperty(p, 'x', { value: 1, configurable: false }); });
t('defineProperty incompatible', function () { var p = new Proxy(target, { defineProperty: function () { return true; } }); return Object.defineProperty(p, 'nc', { value: 2 }); });
t('defineProperty non-writable mismatch', function () { var tt = {}; Object.defineProperty(tt, 'w', { value: 1, writable: true, configurable: false }); var p = new Proxy(tt, { defineProperty: function () { return true; } }); return Object.defineProperty(p, 'w', { value: 1, writable: false, configurable: false }); });
t('defineProperty false', function () { var p = new Proxy({}, { defineProperty: function () { return false; } }); return [Reflect.defineProperty(p, 'x', {}), (function () { try { Object.defineProperty(p, 'x', {}); } catch (e) { return e.name; } })()]; });
t('defineProperty descriptor normalized', function () { var got; var p = new Proxy({}, { defineProperty: function (t, k, d) { got = d; return true; } }); Object.defineProperty(p, 'x', { value: 1, extra: 2, get enumerable() { return 1; } }); return JSON.stringify(got); });
