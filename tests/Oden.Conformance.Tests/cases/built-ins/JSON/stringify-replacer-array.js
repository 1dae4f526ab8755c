var o = { a: 1, b: 2, c: { a: 3, d: 4 }, 1: 'one' };
console.log(JSON.stringify(o, ['a', 'c']));
console.log(JSON.stringify(o, ['c', 'a']));
console.log(JSON.stringify(o, [1, 'b']));
console.log(JSON.stringify(o, ['a', 'a', new String('b')]));
console.log(JSON.stringify([{ a: 1, b: 2 }], ['b']));
console.log(JSON.stringify(o, []));
