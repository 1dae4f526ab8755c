// \p{General_Category} values by short name, long name and gc=/General_Category= forms.
const samples = ['a', 'Z', 'ǅ', 'ʰ', 'ا', '\u0301', '\u0903', '5', 'Ⅻ', '½', '_', '-', '(', ')', '«', '»', '!', '+', '$', '^', '©', ' ', '\u2028', '\u2029', '\u0007', '\u200B', '\uE000', '𝐀', '😀', '\u0378'];
const cats = ['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'S', 'Sm', 'Sc', 'Sk', 'So', 'Z', 'Zs', 'Zl', 'Zp', 'C', 'Cc', 'Cf', 'Co', 'Cn', 'LC'];
for (const c of cats) {
  const re = new RegExp('^\\p{' + c + '}$', 'u');
  console.log(c, samples.map(s => (re.test(s) ? 1 : 0)).join(''));
}
