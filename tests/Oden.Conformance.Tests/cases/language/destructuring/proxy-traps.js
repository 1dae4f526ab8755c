// The traps a pattern triggers, in order.
const log = [];
const handler = {
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  has(t, k) { log.push('has ' + String(k)); return Reflect.has(t, k); },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
};
const { a, b = 'default', ...rest } = new Proxy({ a: 1, c: 3, d: 4 }, handler);
console.log(a, b, JSON.stringify(rest));
console.log(log.join(', '));
log.length = 0;
const [x, y] = new Proxy([10, 20, 30], handler);
console.log(x, y);
console.log(log.join(', '));
