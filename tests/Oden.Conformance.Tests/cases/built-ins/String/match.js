console.log(JSON.stringify('a1b22c333'.match(/\d+/g)));
var m = 'key=value'.match(/(\w+)=(\w+)/);
console.log(JSON.stringify(m), m.index, m.input);
console.log('abc'.match(/x/), 'abc'.match(/x/g));
console.log(JSON.stringify('aaa'.match(/a*?/g)));
console.log(JSON.stringify('ABC'.match(/b/i)), 'ABC'.match(/b/i).index);
console.log(JSON.stringify('1.5'.match('.')));
