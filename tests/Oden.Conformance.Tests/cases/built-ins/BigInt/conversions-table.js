// A table of conversions from each primitive to BigInt and back.
function t(f) { try { const r = f(); return typeof r === 'bigint' ? r + 'n' : String(r); } catch (e) { return e.constructor.name; } }
const inputs = [undefined, null, true, false, 0, -0, 1, -1, 0.5, NaN, Infinity, '', '1', '-1', ' 0x10 ', '1.5', 'x', 0n, 1n, -1n, 2n ** 64n];
for (const v of inputs) {
  const label = typeof v === 'bigint' ? v + 'n' : typeof v === 'string' ? JSON.stringify(v) : String(v);
  console.log(label, t(() => BigInt(v)), t(() => BigInt.asIntN(64, v)), t(() => Number(v)), t(() => String(v)), t(() => !!v));
}
