// \p{…} and the v flag through String.prototype methods.
const text = 'Ünïcödé 𝒳 テスト 123 Ωmega ελληνικά';
console.log(text.replace(/\p{Lu}/gu, m => '[' + m + ']'));
console.log(text.split(/\P{L}+/u));
console.log(JSON.stringify(text.match(/\p{Script=Katakana}+/u)), text.search(/\p{Script=Greek}/u));
console.log(Array.from(text.matchAll(/[\p{L}--\p{ASCII}]+/gv), m => m[0] + '@' + m.index).join(' '));
console.log(text.replaceAll(/\p{Mn}/gu, ''), text.normalize === String.prototype.normalize);
console.log('a1b2c3'.replace(/\p{Nd}/gu, d => String(Number(d) * 2)), 'ÀB'.toLowerCase().match(/\p{Ll}/gu).length);
console.log(/^\p{ID_Start}\p{ID_Continue}*$/u.test('café_1'), /^\p{ID_Start}\p{ID_Continue}*$/u.test('1abc'));
