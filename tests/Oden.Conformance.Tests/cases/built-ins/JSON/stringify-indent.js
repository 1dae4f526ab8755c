var v = { a: 1, b: [1, 2, { c: 3 }], d: {}, e: [] };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, '--'));
console.log(JSON.stringify([1, [2]], null, 20));
console.log(JSON.stringify({ x: 1 }, null, 'abcdefghijklmn'));
console.log(JSON.stringify({ x: 1 }, null, 0), JSON.stringify({ x: 1 }, null, ''), JSON.stringify({ x: 1 }, null, -5));
console.log(JSON.stringify({ x: [1] }, null, new Number(1)));
