// Destructuring null or undefined is a TypeError, even with an empty pattern.
function attempt(label, f) {
  try { f(); console.log(label, 'no error'); }
  catch (e) { console.log(label, e.constructor.name, e instanceof TypeError); }
}
attempt('obj null', () => { const { a } = null; });
attempt('obj undefined', () => { const { a } = undefined; });
attempt('empty obj null', () => { const {} = null; });
attempt('empty obj 0', () => { const {} = 0; });
attempt('arr null', () => { const [a] = null; });
attempt('arr undefined', () => { const [a] = undefined; });
attempt('empty arr undefined', () => { const [] = undefined; });
attempt('arr number', () => { const [a] = 1; });
attempt('arr object', () => { const [a] = {}; });
attempt('nested', () => { const { a: { b } } = { a: null }; });
attempt('nested default', () => { const { a: { b } = {} } = { a: undefined }; });
attempt('assignment', () => { let a; ({ a } = null); });
attempt('param', () => { (function ({ a }) {})(); });
attempt('param default ok', () => { (function ({ a } = {}) {})(); });
attempt('for-of', () => { for (const { a } of [null]) {} });
attempt('string ok', () => { const { length } = 'abc'; });
let reads = 0;
const counter = { get a() { reads++; return null; } };
attempt('after getter', () => { const { a: { b } } = counter; });
console.log('reads', reads);
