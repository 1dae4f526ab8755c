console.log({ a: [1, { b: 2 }], c: { d: [3, [4]] } });
console.log([{ a: 1 }, { b: { c: 2 } }]);
console.log({ arr: [], obj: {}, str: 'x' });
console.log([[], {}, [{}]]);
console.log({ a: [[1, [2, [3]]]] });
