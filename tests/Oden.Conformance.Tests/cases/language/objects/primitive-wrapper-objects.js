var n = new Number(5), s = new String('ab'), b = new Boolean(false);
console.log(typeof n, typeof s, typeof b);
console.log(n + 1, s + 'c', s.length, s[1]);
console.log(b ? 'wrapper is truthy' : 'falsy');
console.log(n == 5, n === 5, s == 'ab');
console.log(typeof Number('5'), typeof String(5), typeof Boolean(0));
console.log(Object(1) instanceof Number, typeof Object('x'));
console.log(JSON.stringify([n, s, b]));
