function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function target(a) { return a; }
target.custom = 'c';
var p = new Proxy(target, {});
t('props forwarded', function () { return [p.custom, p.length, p.name, typeof p.prototype]; });
t('instanceof through proxy ctor', function () { return new p() instanceof target; });
t('prototype identity', function () { return p.prototype === target.prototype; });
t('call/apply/bind', function () { return [p.call(null, 1), p.apply(null, [2]), p.bind(null, 3)()]; });
t('toString', function () { return Function.prototype.toString.call(p); });
t('hasInstance with proxy rhs', function () { return {} instanceof new Proxy(Object, {}); });
t('construct trap receives newTarget', function () { var nt; var q = new Proxy(function () {}, { construct: function (t, a, n) { nt = n; return {}; } }); new q(); return nt === q; });
t('Reflect.construct with proxy newTarget', function () { function F() {} var q = new Proxy(F, { get: function (t, k) { return k === 'prototype' ? Array.prototype : t[k]; } }); var o = Reflect.construct(F, [], q); return Array.isArray(o) + ' ' + (o instanceof Array); });
