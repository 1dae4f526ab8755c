function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('shallow', function () { var o = Object.freeze({ inner: { x: 1 } }); o.inner.x = 2; return o.inner.x; });
t('deep freeze helper', function () {
  function deepFreeze(v) { Object.getOwnPropertyNames(v).forEach(function (k) { var d = Object.getOwnPropertyDescriptor(v, k); if (d.value && typeof d.value === 'object') deepFreeze(d.value); }); return Object.freeze(v); }
  var o = deepFreeze({ a: { b: [1, { c: 2 }] } }); o.a.b[1].c = 9; o.a.b.push; return [o.a.b[1].c, Object.isFrozen(o.a.b)];
});
t('accessor still runs', function () { var n = 0; var o = Object.freeze({ get g() { return ++n; }, set s(v) { n = v; } }); o.g; o.s = 10; return [n, o.g]; });
t('frozen array sort', function () { return Object.freeze([2, 1]).sort(); });
t('frozen array sort single', function () { return Object.freeze([1]).sort(); });
t('freeze returns arg', function () { var o = {}; return Object.freeze(o) === o; });
t('freeze proxy calls traps', function () { var log = []; var p = new Proxy({ a: 1 }, { preventExtensions: function (t) { log.push('pe'); return Reflect.preventExtensions(t); }, ownKeys: function (t) { log.push('ok'); return Reflect.ownKeys(t); }, defineProperty: function (t, k, d) { log.push('dp:' + k + ':' + ('writable' in d)); return Reflect.defineProperty(t, k, d); } }); Object.freeze(p); return log.join(' '); });
t('seal proxy', function () { var log = []; var p = new Proxy({ a: 1 }, { defineProperty: function (t, k, d) { log.push(JSON.stringify(d)); return Reflect.defineProperty(t, k, d); } }); Object.seal(p); return log; });
t('isFrozen proxy', function () { var log = []; var p = new Proxy(Object.freeze({ a: 1 }), { isExtensible: function (t) { log.push('ie'); return Reflect.isExtensible(t); }, getOwnPropertyDescriptor: function (t, k) { log.push('gopd'); return Reflect.getOwnPropertyDescriptor(t, k); } }); return [Object.isFrozen(p), log.join()]; });
