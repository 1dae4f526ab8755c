function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var s = Symbol('k');
var o = { a: 1, get g() { return 2; } };
o[s] = 3;
Object.defineProperty(o, 'ro', { value: 4 });
var ds = Object.getOwnPropertyDescriptors(o);
t('keys', function () { return Reflect.ownKeys(ds).map(String).join(); });
t('a', function () { return JSON.stringify(ds.a); });
t('g', function () { return [typeof ds.g.get, ds.g.set, ds.g.enumerable, ds.g.configurable]; });
t('ro', function () { return JSON.stringify(ds.ro); });
t('symbol', function () { return ds[s].value; });
t('clone with accessors', function () { var c = Object.defineProperties({}, ds); return [c.g, Object.getOwnPropertyDescriptor(c, 'g').get === ds.g.get]; });
t('primitive', function () { return JSON.stringify(Object.getOwnPropertyDescriptors('x')); });
t('null', function () { return Object.getOwnPropertyDescriptors(null); });
t('proxy undefined descriptor skipped', function () { var p = new Proxy({}, { ownKeys: function () { return ['a', 'b']; }, getOwnPropertyDescriptor: function (t, k) { return k === 'a' ? { value: 1, configurable: true } : undefined; } }); return Object.keys(Object.getOwnPropertyDescriptors(p)).join(); });
t('array', function () { return Object.keys(Object.getOwnPropertyDescriptors([1, 2])).join(); });
t('function', function () { return Object.keys(Object.getOwnPropertyDescriptors(function f(a) { 'use strict'; })).sort().join(); });
t('length', function () { return Object.getOwnPropertyDescriptors.length; });
