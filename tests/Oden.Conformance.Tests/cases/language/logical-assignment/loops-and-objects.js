// Logical assignment in loops for grouping, counting and lazy init.
const words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry'];
const groups = {};
for (const w of words) (groups[w[0]] ??= []).push(w);
console.log(JSON.stringify(groups));
let firstLong;
for (const w of words) firstLong ||= w.length > 6 ? w : undefined;
console.log(firstLong);
let allShort = true;
for (const w of words) allShort &&= w.length < 10;
console.log(allShort);
class_free: {
  const lazy = { get value() { return (this._v ??= Math.sqrt(16)); } };
  console.log(lazy.value, lazy._v);
}
const opts = { retries: 0, name: '' };
opts.retries ||= 3;
opts.name ??= 'unnamed';
opts.verbose ??= false;
console.log(JSON.stringify(opts));
