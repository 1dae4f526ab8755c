var o = { a: 1, 'b c': 2, 3: 'three', 'd': { e: [1, 2] } };
console.log(o.a, o['b c'], o[3], o['3'], o.d.e[1]);
console.log(JSON.stringify(o));
var empty = {};
console.log(JSON.stringify(empty), Object.keys(empty).length);
var dup = { x: 1, x: 2 };
console.log(dup.x);
var trailing = { a: 1, };
console.log(Object.keys(trailing).length);
