console.log(/abc/.test('xabcx'), /^abc$/.test('xabcx'), /ABC/i.test('abc'));
var re = /a/gim;
console.log(re.global, re.ignoreCase, re.multiline, re.source);
console.log(/^b/m.test('a\nb'), /^b/.test('a\nb'), /a.c/.test('a\nc'));
console.log(/\d+/.test(123), /null/.test(null), /undefined/.test());
