// Conditions on every kind of value (ToBoolean): false, null and undefined take the same path as objects,
// strings, ropes, numbers, symbols and BigInts.
const values = [false, true, null, undefined, 0, -0, 1, NaN, '', 'a', 'a'.repeat(3) + 'b', {}, [], () => 0,
  Symbol('s'), 0n, 1n, new Boolean(false), Object(0), Object('')];
console.log(values.map((v) => (v ? 'T' : 'F')).join(''));
console.log(values.map((v) => (!v ? 'T' : 'F')).join(''));
console.log(values.map((v) => (v && 'y') || 'n').join(','));
let rope = '';
for (let i = 0; i < 3; i++) rope += i;
console.log(rope ? 'rope truthy' : 'rope falsy');
class Task {
  constructor() { this.held = false; this.waiting = null; this.queue = undefined; }
  get blocked() { return this.held || (this.waiting && !this.queue); }
}
const t = new Task();
let n = 0;
for (let i = 0; i < 5; i++) {
  if (!t.blocked) n++;
  t.held = i % 2 === 0;
  t.waiting = i % 3 === 0 ? {} : null;
}
console.log(n, String(t.blocked), t.held ? 1 : 0);
