// toUpperCase/toLowerCase never depend on a locale (Turkish dotted and dotless i, Greek final sigma,
// ß, ligatures, Georgian, Cherokee, astral letters), and toLocaleUpperCase/toLocaleLowerCase apply the
// Turkish and Azeri rules only when asked for that locale.
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
const words = ['istanbul', 'ISTANBUL', '\u0130stanbul', '\u0131\u015f\u0131k', 'I\u0307', 'i\u0307', '\u00df', '\ufb03', '\u1f80',
  '\u039f\u0394\u039f\u03a3', '\u03a3\u0391\u03a3 \u03a3', '\u10d0\u10d1', '\u13a0', '\uab70', '\ud801\udc28', '\ud801\udc00', 'Dz \u01c5', '\u0149', '\u1e9e'];
for (const w of words) {
  console.log(hex(w), '|', hex(w.toUpperCase()), '|', hex(w.toLowerCase()), '|', hex(w.toLocaleUpperCase()), '|', hex(w.toLocaleLowerCase()));
}
for (const loc of ['tr', 'TR', 'tr-TR', 'az', 'az-Latn-AZ', ['tr', 'en'], ['en', 'tr'], 'en-US', 'de', []]) {
  console.log(JSON.stringify(loc), 'istanbul Iq \u0130 I\u0307x'.toLocaleUpperCase(loc), '|', hex('ISTANBUL I\u0307 \u0130 \u0131i'.toLocaleLowerCase(loc)));
}
for (const bad of ['', 'tr_TR', [1]]) {
  try { 'i'.toLocaleUpperCase(bad); console.log('ok'); } catch (e) { console.log(JSON.stringify(bad), e.constructor.name); }
}
console.log('title'.toLocaleUpperCase(undefined), String.prototype.toLocaleUpperCase.length, String.prototype.toLocaleLowerCase.length);
