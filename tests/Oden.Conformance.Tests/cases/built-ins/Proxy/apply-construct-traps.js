function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function target(a, b) { return 'target:' + a + b; }
t('apply trap args', function () { var got; var p = new Proxy(target, { apply: function (t, thisArg, args) { got = [t === target, thisArg, args.length, Array.isArray(args)]; return 'A'; } }); return [p.call('T', 1, 2), got]; });
t('apply default', function () { return new Proxy(target, {})(1, 2); });
t('typeof', function () { return [typeof new Proxy(target, {}), typeof new Proxy({}, {})]; });
t('non-callable target', function () { return new Proxy({}, { apply: function () { return 1; } })(); });
t('construct trap', function () { var got; var p = new Proxy(function () {}, { construct: function (t, args, nt) { got = [args.join(), nt === p]; return { made: true }; } }); return [new p(1, 2).made, got]; });
t('construct non-object result', function () { var p = new Proxy(function () {}, { construct: function () { return 1; } }); return new p(); });
t('construct non-constructor target', function () { var p = new Proxy(function () {}.bind ? Math.max : 0, { construct: function () { return {}; } }); return new p(); });
t('arrow target not constructible', function () { var p = new Proxy(function () {}, {}); var q = new Proxy(() => 1, {}); return [typeof new p(), (function () { try { new q(); } catch (e) { return e.name; } })()]; });
t('bind proxy', function () { var p = new Proxy(target, {}); return p.bind(null, 'x')('y'); });
t('Reflect.apply via proxy', function () { return Reflect.apply(new Proxy(target, {}), null, ['p', 'q']); });
t('length/name forwarded', function () { var p = new Proxy(target, {}); return [p.length, p.name]; });
