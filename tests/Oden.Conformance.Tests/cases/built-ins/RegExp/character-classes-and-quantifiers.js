console.log(JSON.stringify('a1_b2 c-3'.match(/\w+/g)));
console.log(JSON.stringify('tab\there  two'.match(/\s+/g)));
console.log(JSON.stringify('aaa'.match(/a{2}/g)), JSON.stringify('aaaa'.match(/a{1,3}/g)));
console.log(JSON.stringify('<a><b>'.match(/<.+>/)), JSON.stringify('<a><b>'.match(/<.+?>/)));
console.log(JSON.stringify('x1y22z'.match(/[^a-z]+/g)), JSON.stringify('AbC'.match(/[a-z]/gi)));
console.log(/\bcat\b/.test('a cat!'), /\bcat\b/.test('concat'), /\Bcat/.test('concat'));
console.log(JSON.stringify('a.b*c'.match(/[.*]/g)), /\//.test('a/b'));
