// Record init: own enumerable string keys in property order; integer-like keys first.
console.log(new URLSearchParams({ b: 1, a: 2, 10: 'ten', 2: 'two' }).toString());
const proto = { inherited: 'no' };
const o = Object.create(proto);
o.own = 'yes';
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
console.log(new URLSearchParams(o).toString());
const getterOrder = [];
const g = {};
Object.defineProperty(g, 'first', { get() { getterOrder.push('first'); return 1; }, enumerable: true });
Object.defineProperty(g, 'second', { get() { getterOrder.push('second'); return 2; }, enumerable: true });
console.log(new URLSearchParams(g).toString(), getterOrder.join());
