console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log([[[[1]]]]);
console.log([[[[]]]]);
console.log({ l1: [{ l3: { l4: 'deep' } }] });
