// Rest parameters and the arguments object side by side.
function f(a, ...rest) { return [arguments.length, rest.length, arguments[1] === rest[0]]; }
console.log(f(1, 2, 3).join());
function g(...rest) { rest.length = 0; return arguments.length; }
console.log(g(1, 2));
function h(a, ...rest) { arguments[1] = 'changed'; return rest[0]; }
console.log(h(1, 'orig'));
const arrow = (...args) => args;
console.log(arrow().length, Array.isArray(arrow()));
function spreadArguments() { return Math.max(...arguments); }
console.log(spreadArguments(4, 8, 2));
function forward(...args) { return spreadArguments(...args, 100); }
console.log(forward(1, 2));
