console.log('a', 'b', 'c');
console.log('n =', 5, 'ok:', true);
console.log(1, '1', [1], { one: 1 });
console.log('x', null, undefined, '');
console.log(' leading', 'trailing ');
