// delete a?.b: true when short-circuited, otherwise a normal delete.
const o = { a: { b: 1 }, c: 2 };
console.log(delete o?.c, 'c' in o);
console.log(delete o?.a?.b, JSON.stringify(o.a));
let u;
console.log(delete u?.x, delete u?.x.y);
console.log(delete o.missing?.x);
const frozen = Object.freeze({ p: 1 });
console.log(delete frozen?.p, frozen.p);
console.log(delete o?.['a'], 'a' in o);
