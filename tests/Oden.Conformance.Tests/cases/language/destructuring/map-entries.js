// Iterating entries with destructuring.
const m = new Map([['a', 1], ['b', 2]]);
for (const [k, v] of m) console.log(k, v);
for (const [k] of m.entries()) console.log('key', k);
const obj = { x: 10, y: 20 };
for (const [key, value] of Object.entries(obj)) console.log(key, value);
console.log(Object.entries(obj).map(([k, v]) => `${k}=${v}`).join('&'));
const sums = [[1, 2], [3, 4]].map(([a, b]) => a + b);
console.log(sums);
const people = [{ name: 'a', age: 3 }, { name: 'b', age: 5 }];
console.log(people.filter(({ age }) => age > 4).map(({ name }) => name));
const byAge = people.reduce((acc, { name, age }) => ({ ...acc, [name]: age }), {});
console.log(JSON.stringify(byAge));
const set = new Set(['s1', 's2']);
for (const [i, v] of [...set].entries()) console.log(i, v);
