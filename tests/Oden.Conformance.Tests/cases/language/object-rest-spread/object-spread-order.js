// Properties and spreads are evaluated in source order; getters run once during the copy.
const log = [];
const source = {
  get first() { log.push('get first'); return 1; },
  get second() { log.push('get second'); return 2; },
};
const result = { before: (log.push('before'), 0), ...source, after: (log.push('after'), 3) };
console.log(JSON.stringify(result));
console.log(log.join(', '));
log.length = 0;
const proxy = new Proxy({ p: 1, q: 2 }, {
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
  get(t, k) { log.push('get ' + String(k)); return Reflect.get(t, k); },
});
console.log(JSON.stringify({ ...proxy }));
console.log(log.join(', '));
try { ({ ...{ get boom() { throw new RangeError('x'); } } }); } catch (e) { console.log(e.constructor.name); }
