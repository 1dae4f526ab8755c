// raw keeps escapes; cooked is undefined for an invalid escape (only allowed in tagged templates).
function show(s) { return JSON.stringify({ cooked: [...s], raw: [...s.raw] }); }
console.log(show`\n\t\\`);
console.log(show`\u0041\x41`);
console.log(show`\unicode`);
console.log(show`\xZZ and ${1} \u{110000}`);
console.log(show`ok\`backtick`);
console.log(String.raw`a\nb${1}\t${2}`);
console.log(String.raw`\u{1F600}` === '\\u{1F600}');
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
console.log(String.raw({ raw: 'abc' }, '-', '+'));
console.log(String.raw``.length);
console.log(show`line\
continuation`);
console.log(show`\0`);
