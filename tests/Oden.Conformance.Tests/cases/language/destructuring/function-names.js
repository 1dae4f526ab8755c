// Defaults in patterns name anonymous functions after their binding identifier only.
const { a = function () {}, b = () => {}, c = function named() {} } = {};
console.log(a.name, b.name, c.name);
const [d = function () {}, e = (0, function () {})] = [];
console.log(d.name, e.name === '' ? '(empty)' : e.name);
let f, g;
[f = () => {}] = [];
({ g = function () {} } = {});
console.log(f.name, g.name);
const o = {};
[o.prop = function () {}] = [];
console.log(o.prop.name === '' ? '(empty)' : o.prop.name);
function params(h = function () {}, { i = () => {} } = {}) { return [h.name, i.name]; }
console.log(params().join());
const { j: renamed = function () {} } = {};
console.log(renamed.name);
const { k = { method() {} } } = {};
console.log(k.method.name);
