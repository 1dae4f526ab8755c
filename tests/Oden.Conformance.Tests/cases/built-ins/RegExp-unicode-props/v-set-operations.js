// Class set operations: subtraction, intersection, nested classes, unions of ranges.
const tests = [
  [/^[[a-z]--[aeiou]]+$/v, ['bcd', 'bad', 'xyz']],
  [/^[\p{L}--[a-z]]+$/v, ['ABC', 'αβγ', 'aB']],
  [/^[\p{L}&&\p{ASCII}]+$/v, ['abcXYZ', 'abcé', '123']],
  [/^[[a-m]&&[h-z]]+$/v, ['hijklm', 'ghij', 'mn']],
  [/^[\d--[05]]+$/v, ['1234', '105']],
  [/^[[a-z]--[b-y]--[a]]+$/v, ['zzz', 'az']],
  [/^[\w&&[^\d]]+$/v, ['abc_', 'ab1']],
  [/^[a-c[x-z]\d]+$/v, ['abxyz19', 'abd']],
  [/^[[[a-z]--[m-z]]&&[a-f]]+$/v, ['abcdef', 'abg']],
  [/^[^[a-z]--[aeiou]]+$/v, ['aeiou123', 'b']],
  [/^[\p{Script=Greek}&&\p{Ll}]+$/v, ['αβγ', 'Αβγ']],
  [/^[\p{Emoji}--\p{ASCII}]+$/v, ['😀😃', '#1']],
];
for (const test of tests) console.log(String(test[0]), test[1].map(s => (test[0].test(s) ? 1 : 0)).join(''));
