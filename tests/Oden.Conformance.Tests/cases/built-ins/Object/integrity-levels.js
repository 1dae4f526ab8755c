function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('isFrozen empty non-ext', function () { return Object.isFrozen(Object.preventExtensions({})); });
t('isSealed empty non-ext', function () { return Object.isSealed(Object.preventExtensions({})); });
t('isFrozen with accessor', function () { var o = Object.preventExtensions(Object.defineProperty({}, 'a', { get: function () {} })); return Object.isFrozen(o); });
t('sealed but writable', function () { var o = Object.seal({ a: 1 }); return [Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o)]; });
t('primitives', function () { return [Object.isFrozen(1), Object.isSealed('a'), Object.isExtensible(1), Object.freeze(1), Object.seal('s'), Object.preventExtensions(true)]; });
t('freeze array', function () { var a = Object.freeze([1]); a.push; try { a.push(2); } catch (e) { return e.name + a.length; } });
t('frozen assign sloppy', function () { var o = Object.freeze({ a: 1 }); o.a = 2; o.b = 3; return JSON.stringify(o); });
t('frozen assign strict', function () { 'use strict'; var o = Object.freeze({ a: 1 }); try { o.a = 2; } catch (e) { return e.name; } });
t('sealed delete strict', function () { 'use strict'; var o = Object.seal({ a: 1 }); try { delete o.a; } catch (e) { return e.name; } });
t('non-ext add strict', function () { 'use strict'; var o = Object.preventExtensions({}); try { o.x = 1; } catch (e) { return e.name; } });
t('non-ext proto add', function () { var p = {}; var o = Object.preventExtensions(Object.create(p)); p.y = 1; return o.y; });
t('freeze typed array', function () { return Object.freeze(new Uint8Array(1)); });
t('freeze empty typed array', function () { return Object.isFrozen(Object.freeze(new Uint8Array(0))); });
t('freeze function', function () { var f = Object.freeze(function () {}); return [Object.isFrozen(f), Object.getOwnPropertyDescriptor(f, 'prototype').writable]; });
t('seal array length', function () { var a = Object.seal([1, 2]); a.length = 0; return a.length; });
t('frozen array length', function () { var a = Object.freeze([1, 2]); a.length = 0; return a.length; });
t('proxy preventExtensions false', function () { var p = new Proxy({}, { preventExtensions: function () { return false; } }); return Object.preventExtensions(p); });
t('Reflect.preventExtensions false', function () { var p = new Proxy({}, { preventExtensions: function () { return false; } }); return Reflect.preventExtensions(p); });
