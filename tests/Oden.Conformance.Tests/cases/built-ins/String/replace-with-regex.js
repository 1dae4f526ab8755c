console.log('aaa'.replace(/a/, 'b'), 'aaa'.replace(/a/g, 'b'));
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log('abc'.replace(/b/g, '[$&]'), 'x-y'.replace(/-/, '$$'));
console.log('aBc'.replace(/b/gi, '_'));
console.log('2024-01-15'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'));
console.log('abc'.replace(/(z)?b/, '[$1]'), 'abc'.replace(/b/, '$2'));
console.log('a1b22c333'.replace(/\d+/g, '#'));
console.log('xyz'.replace(/(?:)/g, '.'));
