// Operands convert left to right (ToPrimitive, then ToNumeric) before the BigInt/Number type check.
const log = [];
function obj(name, v) { return { valueOf() { log.push(name); return v; }, toString() { log.push(name + '.toString'); return String(v); } }; }
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const ops = {
  add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, div: (a, b) => a / b, mod: (a, b) => a % b, exp: (a, b) => a ** b,
  shl: (a, b) => a << b, sar: (a, b) => a >> b, shr: (a, b) => a >>> b, and: (a, b) => a & b, or: (a, b) => a | b, xor: (a, b) => a ^ b,
  lt: (a, b) => a < b, gt: (a, b) => a > b, le: (a, b) => a <= b, ge: (a, b) => a >= b, eq: (a, b) => a == b,
};
for (const name in ops) {
  log.length = 0;
  const r1 = t(() => ops[name](obj('L', 6n), obj('R', 2n)));
  const l1 = log.join();
  log.length = 0;
  const r2 = t(() => ops[name](obj('L', 6n), obj('R', 2)));
  console.log(name, String(r1), l1, String(r2), log.join());
}
console.log(t(() => obj('x', 1n) + obj('y', 'str')), t(() => `${obj('z', 3n)}`));
