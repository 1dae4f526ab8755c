// ?? in defaults, returns and compound expressions.
function f(a) { return a ?? (() => 'lazy')(); }
console.log(f(null), f(0));
const { x = null ?? 'pattern default' } = {};
console.log(x);
let counter = null;
counter = (counter ?? 0) + 1;
counter = (counter ?? 0) + 1;
console.log(counter);
const settings = [{ v: null }, { v: 0 }, {}];
console.log(settings.map(({ v }) => v ?? 'unset').join());
const deep = { a: null };
console.log((deep.a ?? {}).b ?? 'no b');
console.log([null, 1].map((v) => v ?? 'd').concat([undefined ?? 'e']));
