var text = 'line one\nline two\nthird';
console.log(JSON.stringify(text.match(/^line \w+$/gm)));
console.log(JSON.stringify(text.match(/^\w+$/gm)));
console.log(text.match(/^line/g).length);
console.log(/a.b/.test('a\rb'), /a[\s\S]b/.test('a\nb'), /a.b/.test('a\u2028b'));
