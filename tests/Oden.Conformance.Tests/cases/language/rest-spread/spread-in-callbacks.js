// Spread with bound functions, apply-like forwarding, and builtins.
function sum(...n) { return n.reduce((a, b) => a + b, 0); }
const nums = [1, 2, 3, 4];
console.log(sum(...nums), sum(...nums, ...nums), sum(...nums.slice(2)));
const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
console.log(partial(sum, 10, 20)(1, 2));
console.log([1, 2, 3].concat(...[[4], [5, 6]]));
const d = new Date(Date.UTC(...[2001, 1, 2]));
console.log(d.toISOString());
console.log(Array.of(...'abc'));
console.log(Object.assign({}, ...[{ a: 1 }, { b: 2 }]));
console.log(String.prototype.concat.call('x', ...['y', 'z']));
const o = { list: [], push(...items) { this.list.push(...items); return this; } };
console.log(o.push(1, 2).push(...[3]).list);
console.log(Reflect.apply(sum, null, [...'12'].map(Number)));
