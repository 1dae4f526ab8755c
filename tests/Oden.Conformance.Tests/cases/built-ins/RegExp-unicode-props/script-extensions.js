// Script_Extensions (scx) differs from Script for shared characters.
const chars = ['ー', '・', '\u3001', '\u0640', '\u0951', '\u0964', '\u060C', 'a', '\u0300', '\u1CD0', '゙'];
const scripts = ['Hira', 'Kana', 'Arab', 'Deva', 'Beng', 'Syrc', 'Latn', 'Zyyy', 'Zinh', 'Han'];
for (const s of scripts) {
  const sc = new RegExp('^\\p{sc=' + s + '}$', 'u'), scx = new RegExp('^\\p{scx=' + s + '}$', 'u'), longForm = new RegExp('^\\p{Script_Extensions=' + s + '}$', 'u');
  console.log(s, chars.map(c => (sc.test(c) ? 1 : 0)).join(''), chars.map(c => (scx.test(c) ? 1 : 0)).join(''), chars.every(c => scx.test(c) === longForm.test(c)));
}
