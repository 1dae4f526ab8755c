console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'two', c: true, d: null, e: undefined });
console.log({ n: -0, nan: NaN, inf: -Infinity });
console.log({ nested: { x: 1 } });
