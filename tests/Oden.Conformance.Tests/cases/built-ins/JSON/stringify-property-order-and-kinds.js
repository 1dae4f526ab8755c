function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('index keys first', function () { return JSON.stringify({ b: 1, 2: 2, a: 3, 1: 4 }); });
t('non-enumerable skipped', function () { var o = Object.defineProperty({ a: 1 }, 'h', { value: 2 }); return JSON.stringify(o); });
t('inherited skipped', function () { return JSON.stringify(Object.create({ p: 1 })); });
t('getter invoked', function () { return JSON.stringify({ get g() { return 'G'; } }); });
t('array extra props', function () { var a = [1]; a.x = 2; return JSON.stringify(a); });
t('array holes', function () { return JSON.stringify([, 1, , ]); });
t('array-like object', function () { return JSON.stringify({ length: 1, 0: 'a' }); });
t('nested undefined', function () { return JSON.stringify({ a: undefined, b: [undefined], c: { d: undefined } }); });
t('numbers', function () { return JSON.stringify([0, -0, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1 + 0.2, 5e-324]); });
t('proxy object', function () { return JSON.stringify(new Proxy({ a: 1, b: 2 }, { ownKeys: function () { return ['b', 'a']; }, getOwnPropertyDescriptor: function (t, k) { return { value: t[k], enumerable: true, configurable: true }; } })); });
t('proxy array', function () { return JSON.stringify(new Proxy([1, 2], {})); });
t('Map and Set', function () { return JSON.stringify([new Map([[1, 2]]), new Set([1])]); });
t('typed array', function () { return JSON.stringify(new Uint8Array([1, 2])); });
t('regexp and error', function () { return JSON.stringify([/x/g, new Error('m')]); });
t('boxed in replacer', function () { return JSON.stringify(5, function (k, v) { return typeof this + ':' + Object.keys(this).join() + ':' + JSON.stringify(k); }); });
t('undefined root', function () { return [JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol())].map(String); });
t('JSON tag and props', function () { return [Object.prototype.toString.call(JSON), JSON.parse.length, JSON.stringify.length, JSON.parse.name]; });
