console.log(JSON.stringify('price: 100 dollars, 200 euros'.match(/\d+(?= dollars)/g)));
console.log(JSON.stringify('foo1 foo2 bar3'.match(/foo(?!1)\d/g)));
console.log('password1'.replace(/(?=\d)/, '_'));
console.log(/^(?=.*\d)(?=.*[a-z]).{6,}$/.test('abc123'), /^(?=.*\d).{6,}$/.test('abcdef'));
console.log('1234567'.replace(/\B(?=(\d{3})+$)/g, ','));
