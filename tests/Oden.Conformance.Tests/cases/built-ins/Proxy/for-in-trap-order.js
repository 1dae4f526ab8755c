var log = [];
function logged(target) {
  return new Proxy(target, {
    ownKeys: function (t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor: function (t, k) { log.push('gopd:' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    getPrototypeOf: function (t) { log.push('getPrototypeOf'); return Reflect.getPrototypeOf(t); },
    has: function (t, k) { log.push('has:' + k); return Reflect.has(t, k); }
  });
}
function run(label, obj) { log = []; var keys = []; for (var k in obj) keys.push(k); console.log(label, keys.join(), '|', log.join(' ')); }
var hidden = Object.defineProperty({ a: 1 }, 'h', { value: 2, enumerable: false });
run('own', logged(hidden));
run('as prototype', Object.create(logged({ p: 1, q: 2 })));
var shadow = Object.create(logged({ s: 1, t: 2 }));
shadow.s = 'own';
run('shadowed', shadow);
var deleting = logged({ x: 1, y: 2 });
log = []; var seen = []; for (var k in deleting) { seen.push(k); delete deleting.y; } console.log('deleted during loop', seen.join());
run('plain object unaffected', { m: 1, n: 2 });
