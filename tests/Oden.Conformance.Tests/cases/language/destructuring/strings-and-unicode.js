// String sources iterate by code point; object patterns read string properties.
const [a, b, c] = 'a😀b';
console.log(a, b.length, c);
const [...chars] = 'héllo';
console.log(chars.length, chars.join('|'));
const { 0: first, length, [length - 1]: last } = 'world';
console.log(first, length, last);
const [x, y = 'y-default'] = 'x';
console.log(x, y);
const [empty = 'nothing'] = '';
console.log(empty);
const { toUpperCase } = '';
console.log(toUpperCase.call('up'));
const [surrogate] = '\uD83D';
console.log(surrogate.length);
