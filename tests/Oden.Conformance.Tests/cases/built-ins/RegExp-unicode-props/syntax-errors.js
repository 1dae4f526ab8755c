// Invalid property names and values are SyntaxErrors (names are case-sensitive, no loose matching).
function t(src, flags) { try { new RegExp(src, flags); return 'ok'; } catch (e) { return e.constructor.name; } }
const bodies = ['L', 'l', 'Letter', 'letter', 'IsLetter', 'gc=L', 'GC=L', 'General_Category=Letter', 'general_category=L', 'Script=Latin', 'Script=latin',
  'sc=Latn', 'scx=Latn', 'Script', 'Script=', '=Latin', 'Script_Extensions=Greek', 'Block=Basic_Latin', 'ASCII', 'Ascii', 'White_Space', 'WhiteSpace',
  'Alphabetic=Yes', 'ASCII_Hex_Digit', 'Any', 'any', 'Lu ', ' Lu', 'L&', 'Foo', 'sc=Foo', 'gc=Latin', 'Assigned', 'Emoji', 'Basic_Emoji', 'RGI_Emoji'];
for (const b of bodies) console.log(JSON.stringify(b), t('\\p{' + b + '}', 'u'), t('\\P{' + b + '}', 'u'), t('[\\p{' + b + '}]', 'u'));
console.log(t('\\p{L', 'u'), t('\\p', 'u'), t('\\pL', 'u'), t('\\p{}', 'u'), t('\\p{L}', ''), /\p{L}/.test('p{L}'));
