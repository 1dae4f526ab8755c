// With defaults, a body var named like a parameter starts with the parameter's value but is separate.
function f(a, get = () => a) { var a; console.log(a, get()); a = 'body'; console.log(a, get()); }
f('param');
function g(a = 'dflt', get = () => a) { var a = 'assigned'; return [a, get()]; }
console.log(g().join(), g('given').join());
function h(x = 1) { var x; return x; }
console.log(h(), h(5));
function k(y = 1) { function y() {} return typeof y; }
console.log(k());
function m(z = 1, read = () => z) { z = 2; var z; return [z, read()]; }
console.log(m().join());
function noDefault(a) { var a; return a; }
console.log(noDefault('simple list shares the binding'));
