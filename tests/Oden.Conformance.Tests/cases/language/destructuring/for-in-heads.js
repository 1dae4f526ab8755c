// Patterns in for-in heads destructure each key (a string).
for (const [first, ...others] of ['ab']) console.log(first, others);
for (const [c0, c1] in { xy: 1, zw: 2 }) console.log(c0, c1);
for (let { length } in { abc: 1, de: 2 }) console.log(length);
var target = {};
for ([target.first] in { key: 1 }) console.log(target.first);
for (var { 0: initial, length: len } in { hello: 1 }) console.log(initial, len);
console.log(initial, len);
const seen = [];
for (const [ch = 'none'] in { '': 1, x: 2 }) seen.push(ch);
console.log(seen.join());
