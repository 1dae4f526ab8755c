// String.prototype.localeCompare with ICU's root collation (node's en-US), locales and options:
// accents, case, combining marks, Hangul, ligatures, width and kana, numeric ordering, punctuation,
// Swedish and German tailorings, and the errors of ECMA-402's locale and option checks.
const c = (a, b, l, o) => a.localeCompare(b, l, o);
const pairs = [
  ['a', 'B'], ['a', 'A'], ['A', 'b'], ['\u00e9', 'e\u0301'], ['\u00e9', 'f'], ['e', '\u00e9'], ['\u00c5', 'A\u030a'],
  ['resume', 'r\u00e9sum\u00e9'], ['r\u00e9sum\u00e9', 'Resume'], ['\ufb01', 'fi'], ['\u01c6', 'd\u017e'],
  ['\ud55c', '\u1112\u1161\u11ab'], ['\uac00', '\ub098'], ['\u3131', '\uac00'], ['a\u0000b', 'ab'], ['', 'a'],
  ['10', '9'], ['a10', 'a9'], ['\u00df', 'ss'], ['\u00e6', 'ae'], ['\u0131', 'i'], ['\u0130', 'I'],
  ['\uff76', '\u30ab'], ['\u304b', '\u30ab'], ['z', '\u00e4'], ['-', '_'], [' ', 'a'], ['\u00a0', ' '],
  ['\u03b1', 'a'], ['\u0430', 'a'], ['\u05d0', '\u0627'], ['\ud83d\ude00', 'a'], ['a\u0308', '\u00e4'],
];
for (const [a, b] of pairs) {
  const row = [c(a, b)];
  for (const sensitivity of ['base', 'accent', 'case', 'variant']) row.push(c(a, b, undefined, { sensitivity }));
  row.push(c(a, b, 'en', { ignorePunctuation: true }), c(a, b, undefined, { numeric: true }));
  console.log(JSON.stringify([a, b]), row.join(' '));
}
const words = ['peach', 'P\u00e9ch\u00e9', 'p\u00eache', 'P\u00eache', 'apple', '\u00c4pfel', 'zebra', 'Zoo', '\u00e6ble', 'item10', 'item9', 'item-2', '\u00f6l', 'ost', '\uac00\ub098', '\u3042', '\u30a2'];
console.log(words.slice().sort((x, y) => x.localeCompare(y)).join(' '));
console.log(words.slice().sort((x, y) => x.localeCompare(y, 'sv')).join(' '));
console.log(words.slice().sort((x, y) => x.localeCompare(y, 'de')).join(' '));
console.log(words.slice().sort((x, y) => x.localeCompare(y, undefined, { numeric: true, sensitivity: 'base' })).join(' '));
console.log(words.slice().sort((x, y) => x.localeCompare(y, ['en-u-kn', 'de'])).join(' '));
console.log(c('\u00e4', 'af', 'de-u-co-phonebk'), c('\u00e4', 'af', 'de'), c('\u00e4', 'z', 'sv'), c('\u00e4', 'z', 'fi'));
console.log(c('a2', 'a10', 'en-u-kn'), c('a2', 'a10', 'en-u-kn-true'), c('a2', 'a10', 'en-u-kn-false'), c('a2', 'a10', 'en-u-kn', { numeric: false }));
console.log(c('ch', 'cz'), c('ch', 'cz', 'cs'), c('ll', 'lz', 'es'), c('\u00f1', 'nz', 'es'));
console.log(c('i', '\u0131', 'tr'), c('I', '\u0130', 'tr'), c('\u0131', 'h', 'tr'), c('\u0131', 'I', 'tr', { sensitivity: 'base' }));
console.log(c('a', 'b', []), c('a', 'b', ['EN-us']), c('a', 'b', 'xx-YY'), c('a', 'b', ['zz', 'de']), c('a', 'b', 5));
for (const bad of ['', 'x', 'en_US', 'en-US-u', 'de-DE-1996-1996', 'a-b', 'en-a-x-a', '123']) {
  try { c('a', 'b', bad); console.log('ok', JSON.stringify(bad)); } catch (e) { console.log(JSON.stringify(bad), e.constructor.name); }
}
for (const [l, o] of [[[5], undefined], [[null], undefined], [null, undefined], [undefined, null], [undefined, { sensitivity: 'BASE' }],
  [undefined, { usage: 'find' }], [undefined, { caseFirst: 'true' }], [undefined, { localeMatcher: 'best' }], [undefined, { collation: 'x' }]]) {
  try { c('a', 'b', l, o); console.log('ok'); } catch (e) { console.log(e.constructor.name); }
}
const order = [];
const spy = new Proxy({}, { get(t, k) { order.push(String(k)); return undefined; } });
c('a', 'b', undefined, spy);
console.log(order.join(','));
console.log(c('a', 'B', undefined, { sensitivity: { toString() { return 'base'; } } }), c('a', 'A', undefined, { sensitivity: 'base', usage: 'search' }));
console.log(String.prototype.localeCompare.length, 'a'.localeCompare(), 'undefined'.localeCompare(), c('a', 'b', undefined, 'variant'));
