function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var priv = new WeakMap();
function Counter() { priv.set(this, { count: 0 }); }
Counter.prototype.inc = function () { priv.get(this).count++; return this; };
Counter.prototype.value = function () { return priv.get(this).count; };
var a = new Counter(), b = new Counter();
t('independent', function () { a.inc().inc(); b.inc(); return [a.value(), b.value()]; });
t('not enumerable on instance', function () { return Object.keys(a).length; });
t('has', function () { return [priv.has(a), priv.has({})]; });
t('foreign this', function () { return Counter.prototype.value.call({}); });
t('frozen keys allowed', function () { var f = Object.freeze({}); var w = new WeakMap([[f, 1]]); return w.get(f); });
t('proxy as key distinct', function () { var o = {}; var p = new Proxy(o, {}); var w = new WeakMap([[o, 'o']]); return [w.get(p), w.has(p)]; });
