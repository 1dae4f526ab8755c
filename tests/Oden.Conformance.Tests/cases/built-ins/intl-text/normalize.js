// String.prototype.normalize on non-ASCII text: composition and decomposition, compatibility forms,
// canonical reordering of combining marks, Hangul syllables, lone surrogates, RangeError for bad forms.
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join(' ');
const samples = [
  'caf\u00e9', 'cafe\u0301', '\u00c5', 'A\u030a', '\u212b', '\u1e9b\u0323', 'q\u0307\u0323', 'q\u0323\u0307',
  '\ufb01', '\u2460', '\u00bd', '\u2126', '\u1100\u1161\u11a8', '\ud55c\uad6d\uc5b4', '\uac00\u11a8',
  '\u0041\u0308\u0304', '\u01d5', 'x\u0301\u0327', '\u3300', '\uff76\uff9e', '\u1f80', '\u0958',
  '\ud834\udd5e', '\ud800a\u0301', 'e\u0301\udc00e\u0301', '\udbff', 'a\ufffee\u0301\ufffe', '\uffff\u0301', '', 'plain ascii',
];
for (const s of samples) {
  console.log(hex(s), '|', ['NFC', 'NFD', 'NFKC', 'NFKD'].map((f) => hex(s.normalize(f))).join(' | '));
}
console.log('default NFC:', 'e\u0301'.normalize() === '\u00e9', 'e\u0301'.normalize(undefined) === '\u00e9');
console.log('lengths:', '\ud55c'.normalize('NFD').length, '\u1112\u1161\u11ab'.normalize('NFC').length);
console.log('idempotent:', samples.every((s) => s.normalize('NFD').normalize('NFD') === s.normalize('NFD')));
console.log('equal after NFC:', 'cafe\u0301'.normalize() === 'caf\u00e9'.normalize(), 'cafe\u0301' === 'caf\u00e9');
for (const bad of ['nfc', 'NFX', '', 'NFC ', null]) {
  try {
    'x'.normalize(bad);
    console.log('no error', bad);
  } catch (e) {
    console.log(JSON.stringify(bad), e.constructor.name, e instanceof RangeError);
  }
}
try { String.prototype.normalize.call(null); } catch (e) { console.log('null this', e.constructor.name); }
console.log(String.prototype.normalize.call(123), String.prototype.normalize.length);
console.log(String.prototype.normalize.call({ toString() { return 'A\u030a'; } }).length);
