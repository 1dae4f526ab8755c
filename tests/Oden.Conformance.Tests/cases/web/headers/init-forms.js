// Headers constructor: record, sequence of pairs, another Headers object, undefined.
function dump(h) { return JSON.stringify(Array.from(h.entries())); }
console.log(dump(new Headers()));
console.log(dump(new Headers(undefined)));
console.log(dump(new Headers({ B: '2', a: '1', 'C-D': 'x' })));
console.log(dump(new Headers([['b', '2'], ['a', '1'], ['a', '3']])));
const original = new Headers({ x: '1' });
const copy = new Headers(original);
copy.set('x', '2');
console.log(original.get('x'), copy.get('x'));
const m = new Map([['k', 'v'], ['K', 'w']]);
console.log(dump(new Headers(m)));
const inherited = Object.create({ fromProto: 'p' });
inherited.own = 'o';
console.log(dump(new Headers(inherited)));
const tries = [
  () => new Headers([['a']]),
  () => new Headers([['a', 'b', 'c']]),
  () => new Headers('string'),
  () => new Headers(42),
  () => new Headers([1]),
  () => Headers(),
  () => { const o = {}; o[Symbol('e')] = 'x'; return new Headers(o); },
];
for (const f of tries) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.constructor.name); }
}
