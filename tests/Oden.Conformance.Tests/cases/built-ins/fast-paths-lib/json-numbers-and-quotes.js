// JSON.parse's short-decimal fast path must round exactly as the general conversion does, and
// JSON.stringify's escape scan must find every code unit that needs an escape wherever it is.
const log = (...a) => console.log(...a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))));
const decimals = ['0.1', '0.2', '0.3', '-7.5', '1.25', '123.456', '0.000001', '0.000123', '-0.0', '-0', '0.0', '10.50',
  '0.123456789012345', '0.1234567890123456', '123456789012345.6', '12345678901234.5', '999999999999999.9',
  '9007199254740993', '1700000000000', '-1700000000123', '4.35', '0.30000000000000004', '2.675', '1.005', '8.88e2',
  '5e-324', '1.7976931348623157e308', '2.2250738585072014e-308', '1E3', '1e-7', '100000000000000000000', '3.14159265358979'];
const parsed = JSON.parse('[' + decimals.join(',') + ']');
log(parsed.map((x) => (Object.is(x, -0) ? '-0' : String(x))).join(' '));
log(parsed.every((x, i) => Object.is(x, Number(decimals[i]))));
let mismatches = 0;
for (let i = 0; i < 4000; i++) {
  const a = (i * 7919) % 100000, b = (i * 104729) % 1000000;
  const text = `${i % 3 ? '-' : ''}${a}.${String(b).padStart(6, '0')}`;
  if (!Object.is(JSON.parse(text), Number(text))) mismatches++;
  const short = `${b}.${a % 100}`;
  if (!Object.is(JSON.parse(short), Number(short))) mismatches++;
}
log(mismatches);

// Escapes at the start, middle and end; lone surrogates and pairs; every control character.
const samples = ['plain', '"', 'a"b', 'end\\', '\n', 'x\u0001y', '\u001f', '\ud800', 'a\udc00', '\ud83d\ude00', 'x\ud83d', '\ude00\ud83d', 'tab\there', 'ok \u2028 \u007f é'];
log(JSON.stringify(samples));
let controls = '';
for (let c = 0; c < 0x22; c++) controls += String.fromCharCode(c);
log(JSON.stringify(controls), JSON.stringify({ [controls]: controls }).length, JSON.stringify('x'.repeat(40) + '"' + 'y'.repeat(40)));
