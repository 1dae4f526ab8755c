// Long names and aliases of General_Category values agree with the short ones.
const pairs = [['Letter', 'L'], ['Uppercase_Letter', 'Lu'], ['Lowercase_Letter', 'Ll'], ['Cased_Letter', 'LC'], ['Mark', 'M'], ['Combining_Mark', 'M'],
  ['Decimal_Number', 'Nd'], ['digit', 'Nd'], ['Punctuation', 'P'], ['punct', 'P'], ['Symbol', 'S'], ['Currency_Symbol', 'Sc'], ['Separator', 'Z'],
  ['Space_Separator', 'Zs'], ['Other', 'C'], ['Control', 'Cc'], ['cntrl', 'Cc'], ['Format', 'Cf'], ['Unassigned', 'Cn'], ['Private_Use', 'Co'], ['Surrogate', 'Cs']];
const text = 'Aa1_ $€\u0301\u00a0\u0000\u200b\ue000Ⅻ𝟘😀';
for (const pair of pairs) {
  const long = pair[0], short = pair[1];
  const a = text.match(new RegExp('\\p{' + long + '}', 'gu')) || [];
  const b = text.match(new RegExp('\\p{gc=' + short + '}', 'gu')) || [];
  const c = text.match(new RegExp('\\p{General_Category=' + long + '}', 'gu')) || [];
  console.log(long, short, a.length, a.join('') === b.join('') && b.join('') === c.join(''), JSON.stringify(a.join('')));
}
