// Strings built by += (ropes inside the engine) read like any string: length, charCodeAt, charAt, index
// reads, methods, comparisons, and further appends after a read.
var s = '';
for (var i = 0; i < 300; i++) s += String.fromCharCode(65 + (i % 26)) + (i % 10);
var n = 0;
for (var j = 0; j < s.length; j++) n += s.charCodeAt(j) * (j % 7);
console.log(s.length, n, s.charAt(5), s[7], s[s.length - 1], s[600], s.charCodeAt(-1), s.charAt(1e9) === '');
console.log(s.slice(0, 12), s.indexOf('Z9'), s.lastIndexOf('A0'), s.includes('C2'), s.toLowerCase().slice(0, 6));
s += '!';
console.log(s.length, s[s.length - 1], s.charCodeAt(s.length - 1), s.endsWith('5!'));
var t = 'x';
for (var k = 0; k < 40; k++) t += 'yz';
var u = t;
t += 'end';
console.log(u.length, t.length, u[80], t[81], t.charAt(83), u === t.slice(0, 81), typeof t, t['length'], t['0']);
var letters = '';
for (var m = 0; m < 26; m++) { letters += String.fromCharCode(97 + m); if (m % 5 === 0) letters.charCodeAt(m); }
console.log(letters, letters.length, letters.split('').reverse().join('').slice(0, 5));
// Index keys written as literal names read the string's characters (flat strings and ropes alike).
var flat = 'abc';
console.log(flat['0'], flat['2'], flat['3'], flat['01'], flat['-0'], flat['length'], u['1'], typeof flat['1']);
