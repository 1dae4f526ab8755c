// Different sites give different objects even with identical text; one site gives one object.
const id = (s) => s;
const a = id`same`;
const b = id`same`;
console.log(a === b, a[0] === b[0]);
function f() { return id`in function`; }
console.log(f() === f());
const fromMap = [1, 2, 3].map(() => id`mapped`);
console.log(fromMap[0] === fromMap[2]);
const makers = [() => id`one`, () => id`one`];
console.log(makers[0]() === makers[1](), makers[0]() === makers[0]());
const objs = new Set();
for (let i = 0; i < 5; i++) objs.add(id`loop ${i}`);
console.log(objs.size);
