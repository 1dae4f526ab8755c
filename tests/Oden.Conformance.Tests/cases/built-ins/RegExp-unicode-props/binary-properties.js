// Binary properties and their aliases.
const samples = ['a', 'A', '0', 'f', 'g', ' ', '\t', '\u3000', '\u00a0', '\u200d', 'é', '\u0301', 'ǅ', '😀', '🏻', '#', '(', '∑', '\uFDD0', '\u0378', '𝐀', '一', '\uD800'];
const props = ['ASCII', 'ASCII_Hex_Digit', 'AHex', 'Alphabetic', 'Alpha', 'Any', 'Assigned', 'Uppercase', 'Upper', 'Lowercase', 'Lower', 'White_Space', 'space', 'WSpace',
  'Hex_Digit', 'Emoji', 'Emoji_Presentation', 'Emoji_Modifier', 'Extended_Pictographic', 'ID_Start', 'ID_Continue', 'XID_Start', 'Math', 'Dash',
  'Noncharacter_Code_Point', 'Join_Control', 'Ideographic', 'Diacritic', 'Cased', 'Case_Ignorable', 'Changes_When_Lowercased', 'Default_Ignorable_Code_Point',
  'Pattern_Syntax', 'Grapheme_Extend', 'Bidi_Mirrored', 'Variation_Selector', 'Regional_Indicator', 'Quotation_Mark', 'Unified_Ideograph'];
for (const p of props) {
  const re = new RegExp('^\\p{' + p + '}$', 'u');
  console.log(p.padEnd(30), samples.map(s => (re.test(s) ? 1 : 0)).join(''));
}
