function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function logging(target) { var log = []; var handler = {}; Object.getOwnPropertyNames(Reflect).forEach(function (n) { handler[n] = function () { log.push(n); return Reflect[n].apply(Reflect, arguments); }; }); return { proxy: new Proxy(target, handler), log: log }; }
t('object ops forwarded', function () { var l = logging({ a: 1 }); var p = l.proxy; p.a; p.b = 2; 'a' in p; delete p.b; Object.keys(p); Object.getPrototypeOf(p); Object.isExtensible(p); return l.log.join(' '); });
t('function ops forwarded', function () { var l = logging(function (x) { return x; }); l.proxy(5); new l.proxy(); return l.log.join(' '); });
t('results intact', function () { var l = logging({ a: 1, b: 2 }); return [JSON.stringify(l.proxy), Object.entries(l.proxy).length]; });
