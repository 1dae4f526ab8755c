// The body's vars live in their own environment when parameters have expressions.
var x = 'outer';
function f(a = () => x) { var x = 'body'; return a(); }
console.log(f());
function g(p, read = () => p) { var p = 'body var'; return [p, read()]; }
console.log(g('param'));
function h(p, write = (v) => { p = v; }, read = () => p) { var p; write('written'); return [p, read()]; }
console.log(h('initial'));
function k(p, read = () => p) { p = 'reassigned param'; return read(); }
console.log(k('first'));
function m(a = () => typeof inner) { function inner() {} return [a(), typeof inner]; }
console.log(m());
function n(a = () => typeof lexical) { let lexical = 1; return a(); }
console.log(n());
function q(a, b = () => arguments) { var arguments; return b() === arguments; }
console.log(typeof q);
const arrowScope = (p = () => y) => { var y = 'arrow body'; try { return p(); } catch (e) { return e.constructor.name; } };
console.log(arrowScope());
function same(p, q = p) { var p; return [p, q]; }
console.log(same(1), same(1, 2));
