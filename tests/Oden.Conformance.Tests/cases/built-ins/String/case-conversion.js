console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('ÄÖÜ éè'.toLowerCase(), 'straße'.toUpperCase());
console.log('123 abc!'.toUpperCase(), ''.toUpperCase() === '');
console.log('İ'.toLowerCase().length, 'ﬁ'.toUpperCase());
