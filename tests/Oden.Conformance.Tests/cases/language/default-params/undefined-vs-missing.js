// Only undefined triggers a default: explicit undefined, missing, and holes in spread arguments.
function f(a = 'A', b = 'B') { return `${a}/${b}`; }
console.log(f(), f(undefined), f(undefined, undefined), f(null, null), f(0, ''), f(false, NaN));
console.log(f(...[, 'second']), f(...[undefined, undefined]), f.apply(null, [undefined, 'b']), f.call(null));
console.log(f(void 0, void 0));
const args = [];
args[1] = 'only second';
console.log(f(...args));
function g(a = 1) { return arguments.length; }
console.log(g(), g(undefined));
