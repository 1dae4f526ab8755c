// BigInt(string): StringToBigInt with prefixes, signs, whitespace; SyntaxError otherwise.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const inputs = ['', ' ', '0', '123', '-123', '+123', '  42  ', '\n\t7\r\n', '0x1f', '0X1F', '0o17', '0O17', '0b101', '0B101',
  '00012', '-0', '1e3', '1.0', '1.5', '0x', '0b', '0o', '-0x10', '+0x10', '1_000', '12n', 'abc', '0xg', '0b2', '0o8',
  ' 1 2 ', 'Infinity', 'NaN', '\u00a01\ufeff', '123456789012345678901234567890', '0xffffffffffffffffffff'];
for (const s of inputs) console.log(JSON.stringify(s), t(() => BigInt(s)));
console.log(t(() => BigInt(new String('55'))), t(() => BigInt({ toString() { return '66'; }, valueOf: undefined })));
