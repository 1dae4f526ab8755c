// padStart/padEnd write the filler straight into the result (one-character and longer fillers, truncated
// repeats); repeat fills its result the same way; toUpperCase/toLowerCase take a vectorized path for ASCII
// strings and the full mapping otherwise (a non-ASCII character anywhere, even after an ASCII prefix).
var pads = [['abc', 10, '*'], ['abc', 10, '12345'], ['abc', 4, 'xyz'], ['abc', 11, 'xy'], ['', 5, 'ab'],
  ['abc', 3, 'q'], ['abc', 2, 'q'], ['abc', 8, undefined], ['abc', 8, ''], ['\ud83d\ude00', 6, '\u00e9\u0301'],
  ['x', 7.9, 'ab'], ['x', '6', 0], ['x', -5, 'ab'], ['x', NaN, 'ab']];
for (var i = 0; i < pads.length; i++) {
  var p = pads[i];
  console.log(JSON.stringify(p[0].padStart(p[1], p[2])), JSON.stringify(p[0].padEnd(p[1], p[2])));
}
try { 'a'.padStart(2 ** 31, 'b'); } catch (e) { console.log(e.name); }
console.log(JSON.stringify(['ab'.repeat(0), 'ab'.repeat(1), 'ab'.repeat(5), ''.repeat(100), '\u00e9'.repeat(3), 'xyz'.repeat(2.9)]));
try { 'a'.repeat(-1); } catch (e) { console.log(e.name); }
try { 'ab'.repeat(2 ** 30); } catch (e) { console.log(e.name); }
var words = ['name 123', 'NAME 123', 'MiXeD-case_09!', '', 'ALLCAPS', 'lower', 'stra\u00dfe', 'abc\u00df',
  'ABC\u0130X', '\u0131i', 'caf\u00e9 CAF\u00c9', 'prefix-then-\u03a3\u03c3\u03c2', 'long ascii text with some words in it, 0123456789 ~!@#$%^&*()'];
for (var j = 0; j < words.length; j++) {
  console.log(JSON.stringify(words[j].toUpperCase()), JSON.stringify(words[j].toLowerCase()));
}
var upper = 'name 1'.toUpperCase();
console.log(upper === 'NAME 1', upper.replace('NAME', 'n'), 'ok'.toUpperCase() === 'OK', 'OK'.toLowerCase() === 'ok');
