function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('traps read lazily', function () { var log = []; var handler = new Proxy({}, { get: function (t, k) { log.push(k); return undefined; } }); var p = new Proxy({ a: 1 }, handler); p.a; 'a' in p; delete p.b; Object.keys(p); return log.join(); });
t('trap can be added later', function () { var handler = {}; var p = new Proxy({ v: 1 }, handler); var before = p.v; handler.get = function () { return 'trapped'; }; return [before, p.v]; });
t('trap this is handler', function () { var handler = { get: function () { return this === handler; } }; return new Proxy({}, handler).x; });
t('proxy as prototype get', function () { var p = new Proxy({}, { get: function (t, k, r) { return 'from proxy ' + String(k); } }); var o = Object.create(p); o.own = 1; return [o.own, o.missing]; });
t('proxy as prototype set', function () { var log = []; var p = new Proxy({}, { set: function (t, k, v, r) { log.push(k); return Reflect.set(t, k, v, r); } }); var o = Object.create(p); o.x = 1; return [log.join(), o.hasOwnProperty('x')]; });
t('proxy as prototype has', function () { var p = new Proxy({}, { has: function (t, k) { return k === 'yes'; } }); var o = Object.create(p); return ['yes' in o, 'no' in o]; });
t('nested proxies', function () { var inner = new Proxy({ v: 'inner' }, { get: function (t, k) { return t[k] + '!'; } }); var outer = new Proxy(inner, {}); return outer.v; });
t('proxy of array length', function () { var p = new Proxy([1, 2, 3], {}); p.length = 1; return [p.length, Array.isArray(p), JSON.stringify(p)]; });
t('array methods on proxy', function () { var log = []; var p = new Proxy([3, 1, 2], { set: function (t, k, v) { log.push(k); t[k] = v; return true; } }); p.sort(); return log.join(); });
