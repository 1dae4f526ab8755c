// The i flag canonicalizes as ECMAScript says: without u by the uppercase mapping (a non-ASCII letter
// never matches an ASCII one: U+212A KELVIN SIGN, U+017F, U+0131), with u/v by simple case folding;
// letters that share an uppercase form match each other (µ/μ, ς/σ, ϐ/β, U+0345/ι, ẛ/ṡ, Cyrillic U+1C80…).
const special = [
  'k', 'K', '\u212a', 's', 'S', '\u017f', 'i', 'I', '\u0131', '\u0130', '\u00b5', '\u03bc', '\u039c', '\u03c2', '\u03c3',
  '\u03a3', '\u03d0', '\u03b2', '\u03d1', '\u03b8', '\u03f4', '\u03d5', '\u03d6', '\u03f0', '\u03f1', '\u03f5', '\u0345',
  '\u03b9', '\u1fbe', '\u1e9b', '\u1e61', '\u1c80', '\u0432', '\u1c88', '\ua64b', '\u2126', '\u03c9', '\u212b', '\u00e5',
  '\u00df', '\u1e9e', '\u1f80', '\u1f88', '\u1fb3', '\u1fbc', '\u01c4', '\u01c5', '\u01c6', '\u0587', '\ufb00', '\u13a0', '\uab70',
];
const esc = (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
for (const flags of ['i', 'iu', 'iv']) {
  for (const c of special) {
    const lit = new RegExp('^' + esc(c) + '$', flags), cls = new RegExp('^[' + esc(c) + ']$', flags), neg = new RegExp('^[^' + esc(c) + ']$', flags);
    const hits = special.filter((d) => lit.test(d)).map(esc).join('');
    const same = special.every((d) => cls.test(d) === lit.test(d) && neg.test(d) === !lit.test(d));
    console.log(flags, esc(c), hits, same);
  }
}
console.log(/[a-z]/i.test('\u212a'), /[a-z]/iu.test('\u212a'), /\w/i.test('\u017f'), /\w/iu.test('\u017f'), /\W/iu.test('\u017f'), /[\W]/iu.test('S'));
console.log(/\bk/iu.test('\u212a'), /\bk/i.test('\u212a'), /\p{Lu}/iu.test('a'), /\P{Ll}/iu.test('a'), /[^\p{Lu}]/iu.test('a'));
console.log(/(a)\1/i.exec('aA')?.[0], /(?<x>a)\k<x>/iu.test('aA'), /[\u{10400}]/iu.test('\u{10428}'), /\u{10400}/i.test('\u{10428}'));
console.log('Stra\u00dfe STRASSE'.replace(/stra(ss|\u00df)e/gi, '#'), 'KELVIN \u212aelvin'.match(/kelvin/gi), 'KELVIN \u212aelvin'.match(/kelvin/giu));
console.log('\u03a3\u03c3\u03c2'.match(/\u03c3/gi).length, '\u0130i\u0131I'.match(/i/gi).join(''), '\u0130i\u0131I'.match(/i/giu).join(''));
console.log(/[\p{L}--[a]]/iv.test('A'), /[\p{L}--[a]]/iv.test('b'), /[[a-z]&&[K]]/iv.test('\u212a'), /[^[^k]]/iv.test('\u212a'), /[\P{Ll}]/iv.test('a'), /\P{Ll}/iu.test('a'), /[^\P{Lu}]/iv.test('a'));
