console.log('tab:[\t] nl-escaped:[\\n] quote:[\'] dq:["] backslash:[\\]');
console.log("\u0041\u00e9 \x41 \uD83D\uDE00".length, "\u0041\u00e9\x41");
console.log('line1\nline2');
console.log('a\
b');
console.log('\0'.length, '\0'.charCodeAt(0));
console.log('\v\f\b\r'.split('').map(function (c) { return c.charCodeAt(0); }).join(','));
console.log('\q\z' === 'qz');
