'use strict';
// In strict functions on BigInt.prototype, this is the primitive itself.
BigInt.prototype.me = function () { return this; };
const v = 5n.me();
console.log(typeof v, v === 5n);
BigInt.prototype.plusOne = function () { return this + 1n; };
console.log((41n).plusOne(), Object(9n).plusOne());
console.log(typeof Object(5n).me());
try { (5n).x = 1; } catch (e) { console.log(e.constructor.name); }
Object.defineProperty(BigInt.prototype, 'acc', { get() { return typeof this; }, set(v) { console.log('set', typeof this, v); }, configurable: true });
console.log((1n).acc);
(1n).acc = 3;
delete BigInt.prototype.me; delete BigInt.prototype.plusOne; delete BigInt.prototype.acc;
console.log(typeof (1n).me);
