function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('duplicates', function () { return Object.keys(new Proxy({}, { ownKeys: function () { return ['a', 'a']; } })); });
t('non-string entry', function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return [1]; } })); });
t('not array-like', function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return 5; } })); });
t('missing non-configurable', function () { var tt = Object.defineProperty({}, 'nc', { value: 1 }); return Reflect.ownKeys(new Proxy(tt, { ownKeys: function () { return []; } })); });
t('non-extensible exact', function () { var tt = Object.preventExtensions({ a: 1 }); return Reflect.ownKeys(new Proxy(tt, { ownKeys: function () { return ['a', 'b']; } })); });
t('non-extensible missing', function () { var tt = Object.preventExtensions({ a: 1 }); return Reflect.ownKeys(new Proxy(tt, { ownKeys: function () { return []; } })); });
t('symbols allowed', function () { var s = Symbol('s'); return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return ['x', s]; } })).map(String); });
t('keys filters by gopd', function () { var p = new Proxy({}, { ownKeys: function () { return ['a', 'b']; }, getOwnPropertyDescriptor: function (t, k) { return k === 'a' ? { value: 1, enumerable: true, configurable: true } : undefined; } }); return Object.keys(p); });
t('array-like result', function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return { length: 1, 0: 'k' }; } })); });
t('for-in through proxy', function () { var p = new Proxy({ a: 1, b: 2 }, { ownKeys: function () { return ['b', 'a']; } }); var out = []; for (var k in p) out.push(k); return out; });
t('getOwnPropertyNames', function () { var s = Symbol(); return Object.getOwnPropertyNames(new Proxy({}, { ownKeys: function () { return ['z', s]; } })); });
