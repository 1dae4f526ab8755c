var o = { b: 1, a: [1, { z: 2, y: [3, [4]] }], 2: 'two', 1: 'one' };
console.log(JSON.stringify(o));
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 2;
Object.defineProperty(child, 'hidden', { value: 3 });
console.log(JSON.stringify(child));
console.log(JSON.stringify([[[]]]), JSON.stringify({ a: {} }));
