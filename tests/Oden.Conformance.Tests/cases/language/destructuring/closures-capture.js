// Bindings created by patterns are ordinary bindings: closures capture them.
const fns = [];
{
  const { a, b } = { a: 'A', b: 'B' };
  fns.push(() => a + b);
}
let [x, y] = [1, 2];
const readX = () => x;
x = 10;
console.log(fns[0](), readX(), y);
function make({ base = 0, step = 1 } = {}) { let n = base; return () => (n += step); }
const counter = make({ step: 5 });
counter();
console.log(counter());
const handlers = [];
for (const { id, label = 'L' + id } of [{ id: 1 }, { id: 2, label: 'two' }]) handlers.push(() => `${id}:${label}`);
console.log(handlers.map((h) => h()).join(' '));
var [v1] = [1];
function readVar() { return v1; }
[v1] = [2];
console.log(readVar());
