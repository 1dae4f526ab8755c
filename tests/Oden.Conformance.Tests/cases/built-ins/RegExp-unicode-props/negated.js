// \P{…}, negated classes and complements work on whole code points.
const s = 'a𝐀1😀é\uD800b';
console.log(JSON.stringify(s.match(/\P{L}/gu)));
console.log(JSON.stringify(s.match(/[^\p{L}]/gu)));
console.log(JSON.stringify(s.match(/[^\P{L}]/gu)));
console.log(JSON.stringify(s.match(/[\P{L}\p{Lu}]/gu)));
console.log(JSON.stringify(s.match(/\P{Any}/gu)), JSON.stringify('x'.match(/[^\p{Any}]/u)));
console.log(JSON.stringify(s.match(/\p{Cs}/gu)), JSON.stringify(s.match(/\P{Cs}/gu).length));
console.log(JSON.stringify(s.replace(/\P{ASCII}/gu, '?')));
console.log(/^\P{Script=Latin}+$/u.test('Привет'), /^\P{Script=Latin}+$/u.test('Privet'));
