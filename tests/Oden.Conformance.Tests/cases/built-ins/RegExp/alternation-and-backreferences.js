console.log(JSON.stringify('cat dog bird'.match(/dog|cat/g)));
console.log(/(a|b)\1/.test('aa'), /(a|b)\1/.test('ab'));
console.log(JSON.stringify(/(\w+) \1/.exec('hello hello world')));
console.log('abcabc'.replace(/(abc)\1/, 'double'));
console.log(JSON.stringify(/(?:x)(y)/.exec('xy')));
console.log(JSON.stringify('aaa'.match(/a|aa/)), JSON.stringify('abc'.match(/(?=b)/).index));
