// Rest parameters collect the remaining arguments into a real array.
function f(a, ...rest) { return [a, rest, Array.isArray(rest), rest.length]; }
console.log(f(), f(1), f(1, 2, 3));
const g = (...all) => all.join('-');
console.log(g(), g(1), g(1, 2, 3, 4, 5));
function h(...[first, second]) { return first + second; }
console.log(h(1, 2, 3));
function k(...{ length }) { return length; }
console.log(k(1, 2, 3, 4));
function m(a, b, ...rest) { rest.push('pushed'); return rest; }
console.log(m(1, 2), m(1, 2, 3));
function mutate(...r) { r[0] = 'changed'; return arguments[0]; }
console.log(mutate('original'));
function many(...r) { return r.length; }
console.log(many(...new Array(100).fill(0)));
const obj = { method(...args) { return this.tag + args.length; }, tag: 'T' };
console.log(obj.method(1, 2));
function withDefault(a = 'A', ...rest) { return a + rest.length; }
console.log(withDefault(), withDefault(undefined, 1, 2));
console.log(typeof ((...r) => r)()[0]);
function holes(...r) { return r.hasOwnProperty(0); }
console.log(holes(undefined));
