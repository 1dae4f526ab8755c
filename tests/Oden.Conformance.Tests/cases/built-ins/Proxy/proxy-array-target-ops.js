function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var log = [];
var p = new Proxy([1, 2, 3], { get: function (t, k, r) { log.push(typeof k === 'symbol' ? k.toString() : k); return Reflect.get(t, k, r); } });
function run(label, f) { log = []; var r = f(); console.log(label, JSON.stringify(r), log.join(' ')); }
run('join', function () { return Array.prototype.join.call(p, '-'); });
run('includes', function () { return Array.prototype.includes.call(p, 3); });
run('at', function () { return Array.prototype.at.call(p, -1); });
run('slice', function () { return Array.prototype.slice.call(p, 1); });
run('concat', function () { return [0].concat(p); });
run('isArray', function () { return Array.isArray(p); });
