var s = 'hello';
console.log(s.length, s[0], s[4], s[5], s[-1]);
console.log(s.charAt(1), JSON.stringify(s.charAt(10)));
console.log('😀'.length, '😀'.charCodeAt(0), '😀'.charCodeAt(1));
console.log(''.length);
s[0] = 'J';
console.log(s);
console.log(s.length = 2, s.length);
