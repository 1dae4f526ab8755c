function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }
var literal = 'a.b*c(d)';
var re = new RegExp(escapeRe(literal));
console.log(escapeRe(literal), re.test('xxa.b*c(d)yy'), re.test('aXbbc(d)'));
console.log(JSON.stringify('a\\b'.match(/\\/g)), /\u0041/.test('A'), /\x41/.test('A'));
console.log(/[\b]/.test('\b'), /\t/.test('\t'), /\cJ/.test('\n'));
