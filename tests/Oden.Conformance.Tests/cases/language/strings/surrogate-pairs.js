var s = 'a😀b';
console.log(s.length);
console.log(s.charCodeAt(1).toString(16), s.charCodeAt(2).toString(16));
var cps = [];
for (var ch of s) cps.push(ch.length);
console.log(cps.join(','));
console.log(s.split('').length);
console.log(String.fromCharCode(0xD83D, 0xDE00) === '😀');
