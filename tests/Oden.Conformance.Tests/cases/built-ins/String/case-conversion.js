console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('ÄÖÜ éè'.toLowerCase(), 'straße'.toUpperCase());
console.log('123 abc!'.toUpperCase(), ''.toUpperCase() === '');
console.log('İ'.toLowerCase().length, 'ﬁ'.toUpperCase());
var mixed = 'MiXeD';
console.log(mixed.toLowerCase() === 'mixed', mixed.toUpperCase() === 'MIXED', mixed);
