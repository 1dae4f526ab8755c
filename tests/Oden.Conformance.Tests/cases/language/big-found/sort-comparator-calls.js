// Array.prototype.sort with a user comparator makes the comparator calls V8 makes (TimSort: runs,
// binary insertion, galloping merges), so inconsistent comparators give node's order.
'use strict';
function traced(arr, cmp) {
  const calls = [];
  const out = arr.slice().sort((a, b) => {
    calls.push(`${a}${b}`);
    return cmp(a, b);
  });
  return `${out.join('')} <- ${calls.join(' ')}`;
}
const num = (a, b) => a - b;
console.log(traced([2, 1], num));
console.log(traced([1, 2, 3], num));
console.log(traced([3, 2, 1], num));
console.log(traced([3, 1, 2], num));
console.log(traced([5, 1, 4, 2, 3], num));
console.log(traced([1, 1, 2, 2, 1], num));

// A boolean comparator never returns a negative number: node leaves these arrays as they are.
console.log(traced([3, 1, 2], (a, b) => a > b));
console.log(traced([1, 2, 3], (a, b) => a < b));
console.log([5, 3, 9, 1].sort((a, b) => a > b).join(), [5, 3, 9, 1].toSorted((a, b) => b > a).join());
// NaN counts as 0 (equal); a random-looking but deterministic comparator.
console.log(traced([4, 3, 2, 1], (a, b) => (a === 3 ? NaN : a - b)));
console.log(traced([1, 2, 3, 4, 5, 6], (a, b) => ((a * 7 + b * 3) % 5) - 2));

// Longer inputs: natural runs, merges and galloping. Print the order, the number of calls and the first calls.
function stats(arr, cmp) {
  let count = 0;
  const first = [];
  const items = arr.map((v, i) => ({ v, i }));
  items.sort((x, y) => {
    count++;
    if (first.length < 6) first.push(`${x.i}:${y.i}`);
    return cmp(x.v, y.v);
  });
  const order = items.map(o => o.i);
  let sum = 0;
  order.forEach((v, k) => { sum = (sum * 31 + v * (k + 1)) % 1000003; });
  return [count, sum, first.join(' ')].join(' | ');
}
const sawtooth = Array.from({ length: 200 }, (_, i) => i % 23);
const halves = Array.from({ length: 150 }, (_, i) => (i < 75 ? i * 2 : (i - 75) * 2 + 1));
const blocks = Array.from({ length: 300 }, (_, i) => (Math.floor(i / 40) % 2 ? i : 1000 - i));
for (const [name, arr] of [['sawtooth', sawtooth], ['halves', halves], ['blocks', blocks]]) {
  console.log(name, stats(arr, num));
  console.log(name, 'desc', stats(arr, (a, b) => b - a));
  console.log(name, 'bool', stats(arr, (a, b) => a > b));
}
// Stability with many equal keys.
const people = Array.from({ length: 70 }, (_, i) => ({ name: `p${i}`, group: (i * 7) % 3 }));
console.log(people.sort((a, b) => a.group - b.group).slice(20, 30).map(p => p.name).join());
