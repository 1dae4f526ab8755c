var o = { x: 1, ['x']: 2 };
console.log(o.x);
var p = { ['y']: 1, y: 2 };
console.log(p.y);
var q = { a: 1, b: 2, ['a']: 3 };
console.log(Object.keys(q).join(','), q.a);
