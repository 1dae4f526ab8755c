function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('create null', function () { var o = Object.create(null); return [Object.getPrototypeOf(o), 'toString' in o]; });
t('create props', function () { var o = Object.create({}, { a: { value: 1, enumerable: true }, b: { get: function () { return 2; } } }); return [o.a, o.b, Object.keys(o).join()]; });
t('create bad proto', function () { return Object.create(5); });
t('create undefined proto', function () { return Object.create(undefined); });
t('create null props', function () { return Object.create({}, null); });
t('create props primitive', function () { return Object.getPrototypeOf(Object.create(Array.prototype, 'ab')) === Array.prototype; });
t('create props symbol', function () { var s = Symbol('p'); var d = {}; d[s] = { value: 'sym', enumerable: true }; return Object.create(null, d)[s]; });
t('create props non-enumerable ignored', function () { var d = Object.defineProperty({}, 'x', { value: { value: 1 }, enumerable: false }); return 'x' in Object.create(null, d); });
t('keys order', function () { var o = Object.create(null); o.b = 1; o[2] = 1; o.a = 1; o[1] = 1; o[Symbol.iterator] = 1; return Reflect.ownKeys(o).map(String).join(); });
t('getOwnPropertyNames string', function () { return Object.getOwnPropertyNames('ab').join(); });
t('getOwnPropertySymbols', function () { var a = Symbol('a'), b = Symbol('b'); var o = {}; o[b] = 1; o.x = 1; o[a] = 2; return Object.getOwnPropertySymbols(o).map(String).join(); });
t('keys primitive', function () { return [Object.keys('hi').join(), Object.keys(5).length, Object.keys(true).length]; });
t('keys undefined', function () { return Object.keys(undefined); });
t('assign order and symbols', function () { var log = []; var s = Symbol('s'); var src = {}; src[s] = 'sym'; src.b = 1; src.a = 2; var target = new Proxy({}, { set: function (t, k, v) { log.push(String(k)); t[k] = v; return true; } }); Object.assign(target, src); return log.join(); });
t('assign skips null', function () { return JSON.stringify(Object.assign({ a: 1 }, null, undefined, 'xy', 5, true)); });
t('assign throws on readonly', function () { var t0 = Object.defineProperty({}, 'a', { value: 1 }); return Object.assign(t0, { a: 2 }); });
t('assign getters invoked', function () { var r = Object.assign({}, { get g() { return 'got'; } }); return JSON.stringify(Object.getOwnPropertyDescriptor(r, 'g')); });
