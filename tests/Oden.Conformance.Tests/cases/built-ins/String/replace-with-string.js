console.log('aaa'.replace('a', 'b'));
console.log('hello world'.replace('world', 'there'));
console.log('abc'.replace('x', 'y'));
console.log('price: 10'.replace('10', '$$5'));
console.log('abc'.replace('b', '[$&]'), 'abc'.replace('b', "[$`|$']"));
console.log('abc'.replace('', '-'));
console.log('a.b.c'.replace('.', '!'));
