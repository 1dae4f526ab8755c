'use strict';
// In strict code, a failed write is a TypeError, but a skipped one is not attempted.
const frozen = Object.freeze({ yes: 1, no: 0 });
function attempt(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name); } }
attempt('skipped', () => { frozen.yes ||= 2; return frozen.yes; });
attempt('attempted', () => { frozen.no ||= 2; return frozen.no; });
attempt('skipped and', () => { frozen.no &&= 2; return frozen.no; });
attempt('getter only', () => { const o = { get g() { return null; } }; o.g ??= 1; });
attempt('undeclared', () => { notDeclared ??= 1; });
