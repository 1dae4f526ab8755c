// Every call gets fresh parameter bindings, captured separately by closures in defaults.
function makeGetter(value, get = () => value) { return get; }
const g1 = makeGetter(1), g2 = makeGetter(2);
console.log(g1(), g2());
function accumulate(n, store = []) { store.push(n); return store; }
console.log(accumulate(1).length, accumulate(2).length);
function counter(count = 0, bump = () => ++count) { bump(); bump(); return count; }
console.log(counter(), counter(10));
const fns = [];
function register(id, fn = () => id) { fns.push(fn); }
register('a'); register('b'); register('c', () => 'custom');
console.log(fns.map((f) => f()).join());
