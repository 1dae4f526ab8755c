// Equality against a null or undefined literal (compiled to a reference test): every kind of value,
// both sides, in conditions and as values, with side effects evaluated once and in order.
const values = [null, undefined, 0, -0, NaN, '', 'null', false, true, {}, [], function () { }, Symbol('s'), 0n, void 0];
const rows = values.map((v) => [
  v === null, v !== null, null === v, null !== v,
  v === undefined, v !== undefined, undefined === v, undefined !== v,
  v == null, v != null, null == v, undefined == v, v != undefined,
].map(Number).join(''));
console.log(rows.join(' '));
let n = 0;
const next = () => { n++; return n % 2 ? null : n; };
const seen = [];
for (let i = 0; i < 4; i++) {
  if (next() === null) seen.push('null' + n); else seen.push('value' + n);
  if (undefined != next()) seen.push('def' + n);
  seen.push(String(next() == undefined));
}
console.log(seen.join(','), n);
function shadow(undefined) { return [1 === undefined, null == undefined, undefined === void 0]; }
console.log(JSON.stringify(shadow(1)), JSON.stringify(shadow()));
const o = { a: null, b: undefined };
console.log(o.a === null, o.b === null, o.c === undefined, o.a == undefined, o['b'] !== undefined, (o.d ?? null) === null);
const doc = { all: undefined };
console.log(typeof doc.all === 'undefined' && doc.all == null);
console.log([null, undefined, 1].filter((x) => x != null).length, [null, undefined, 1].filter((x) => x !== undefined).length);
