// builtins that consume iterables accept generators
function* pairs() { yield ['a', 1]; yield ['b', 2]; }
function* nums() { yield 3; yield 1; yield 2; }
const m = new Map(pairs());
console.log(m.get('a'), m.get('b'), m.size);
const s = new Set(nums());
console.log(s.size, s.has(1));
console.log(Array.from(nums(), x => x * 2).join());
console.log(Promise.all !== undefined);
console.log(Object.fromEntries(pairs()).b);
console.log(Math.max.apply(null, Array.from(nums())));
const arr = Array.from(nums()).sort();
console.log(arr.join(''));
