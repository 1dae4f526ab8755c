function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function show() { 'use strict'; return [typeof this, arguments.length].join(':'); }
t('call no args', function () { return show.call(); });
t('apply null args', function () { return show.apply(1, null); });
t('apply undefined args', function () { return show.apply(1, undefined); });
t('apply array-like', function () { return show.apply(null, { length: 2 }); });
t('apply string args', function () { return show.apply(null, 'ab'); });
t('apply non-object args', function () { return show.apply(null, 1); });
t('call non-function', function () { return Function.prototype.call.call({}); });
t('bind chain', function () { var f = function (a, b, c) { return [this.v, a, b, c].join(); }; return f.bind({ v: 1 }, 'a').bind({ v: 2 }, 'b')('c'); });
t('bound name chain', function () { function g() {} return g.bind().bind().name; });
t('bind non-callable', function () { return Function.prototype.bind.call({}); });
t('sloppy this boxing', function () { return (function () { return typeof this; }).call(1); });
t('sloppy null this', function () { return (function () { return this === globalThis; }).call(null); });
t('arrow ignores this', function () { var self = this; var a = () => this === self; return a.call({}); });
t('bound arrow', function () { var a = (x) => [typeof this, x].join(); return a.bind({}, 'y')(); });
t('new on bound ignores this', function () { function P() { this.v = 1; } var B = P.bind({ v: 2 }); return new B().v; });
