var log = [];
var handler = {};
['get', 'set', 'has', 'deleteProperty', 'defineProperty', 'getOwnPropertyDescriptor', 'ownKeys', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions'].forEach(function (n) {
  handler[n] = function () { log.push(n + (typeof arguments[1] === 'string' ? ':' + arguments[1] : '')); return Reflect[n].apply(null, arguments); };
});
var p = new Proxy({ a: 1 }, handler);
function step(label, f) { log = []; try { f(); } catch (e) { log.push('threw ' + e.name); } console.log(label, log.join(' ')); }
step('read', function () { p.a; });
step('write', function () { p.b = 2; });
step('in', function () { 'a' in p; });
step('delete', function () { delete p.b; });
step('keys', function () { Object.keys(p); });
step('assign from', function () { Object.assign({}, p); });
step('spread-like JSON', function () { JSON.stringify(p); });
step('freeze', function () { Object.freeze(p); });
step('isFrozen', function () { Object.isFrozen(p); });
step('hasOwnProperty', function () { Object.prototype.hasOwnProperty.call(p, 'a'); });
step('for-in', function () { for (var k in p) {} });
step('instanceof', function () { p instanceof Object; });
step('toString', function () { Object.prototype.toString.call(p); });
