'use strict';
// Strict mode: an undeclared target is a ReferenceError, a read-only property a TypeError.
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
}
attempt('undeclared', () => { [undeclaredName] = [1]; });
attempt('undeclared object', () => { ({ undeclared2 } = { undeclared2: 1 }); });
const frozen = Object.freeze({ p: 1 });
attempt('frozen', () => { [frozen.p] = [2]; });
attempt('getter only', () => { ({ a: { get g() { return 1; } }.g } = { a: 5 }); });
attempt('declared', () => { let ok; [ok] = [1]; });
console.log(typeof undeclaredName);
