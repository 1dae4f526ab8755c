var x = 'global';
function f(x) { return x; }
console.log(f('param'), f());
function g(a, a2) { var a; return a; }
console.log(g('kept'));
function h(arguments) { return arguments; }
console.log(h('param named arguments'));
function k(f) { return typeof f; }
console.log(k(1));
