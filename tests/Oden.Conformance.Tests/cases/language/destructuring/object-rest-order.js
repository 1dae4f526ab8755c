// Computed keys are evaluated once, in order, before the rest copy; getters run once each.
const log = [];
const src = {
  get a() { log.push('get a'); return 1; },
  get b() { log.push('get b'); return 2; },
  get c() { log.push('get c'); return 3; },
};
function k(name) { log.push('key ' + name); return name; }
const { [k('b')]: bv, ...rest } = src;
console.log(bv, JSON.stringify(rest));
console.log(log.join(', '));
log.length = 0;
const keyObj = { toString() { log.push('toString'); return 'a'; } };
const { [keyObj]: av, ...rest2 } = src;
console.log(av, Object.keys(rest2).join());
console.log(log.join(', '));
// a proxy shows the traps the copy uses
log.length = 0;
const proxy = new Proxy({ x: 1, y: 2 }, {
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, p) { log.push('gopd ' + String(p)); return Reflect.getOwnPropertyDescriptor(t, p); },
  get(t, p) { log.push('get ' + String(p)); return Reflect.get(t, p); },
});
const { x, ...others } = proxy;
console.log(x, JSON.stringify(others));
console.log(log.join(', '));
