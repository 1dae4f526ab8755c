console.log('%j', { a: [1, 'x'] });
console.log('json: %j, num: %d', [1, 2], 3);
console.log('%o', { a: 1 });
console.log('%O', { b: 'two' });
console.log('%c styled', 'color: red');
console.log('no specifier', '%s');
