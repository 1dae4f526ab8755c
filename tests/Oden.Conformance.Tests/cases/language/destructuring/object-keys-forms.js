// Every kind of property name in an object pattern.
const src = { id: 1, 'with space': 2, 3: 'three', 1e3: 'thousand', [Symbol.for('k')]: 'sym', __proto__: { fromProto: 'p' }, if: 'keyword' };
const { id, 'with space': spaced, 3: three, 1000: thousand, [Symbol.for('k')]: sym, fromProto, if: kw } = src;
console.log(id, spaced, three, thousand, sym, fromProto, kw);
const { __proto__: proto } = src;
console.log(proto.fromProto);
const { 0x10: hex = 'no hex' } = { 16: 'sixteen' };
console.log(hex);
const { 1.50: dec } = { '1.5': 'one and a half' };
console.log(dec);
const { undefined: u, null: n, true: t } = { undefined: 'U', null: 'N', true: 'T' };
console.log(u, n, t);
const { toString: ts } = {};
console.log(ts === Object.prototype.toString);
