// Defaults apply for missing and undefined arguments only, evaluated at each call.
function f(a, b = 2, c = a + b) { return [a, b, c]; }
console.log(f(1), f(1, undefined, undefined), f(1, null), f(1, 0, 0), f());
let calls = 0;
function g(x = ++calls) { return x; }
console.log(g(), g(), g(10), calls);
function h(list = []) { list.push(1); return list.length; }
console.log(h(), h(), h([5, 6]));
const arrow = (p = 'arrow default') => p;
console.log(arrow(), arrow('given'));
const o = { m(q = this.v) { return q; }, v: 'this works' };
console.log(o.m());
console.log((function (a = 1, b) { return [a, b]; })(undefined, 2));
function outer(x = 'outer-default') { return function inner(y = x) { return y; }; }
console.log(outer()(), outer('o')(), outer()('i'));
function withName(fn = function () {}, arrowFn = () => {}) { return fn.name + ',' + arrowFn.name; }
console.log(withName());
