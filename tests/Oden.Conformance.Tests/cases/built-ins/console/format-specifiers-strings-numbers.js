console.log('%s is %d years', 'Ada', 36);
console.log('%i and %d', 42.9, '7');
console.log('%f', '1.5', 'extra');
console.log('%s', 'only one', 'two', 3);
console.log('%s and %s', 'a');
console.log('100%% sure', 'yes');
console.log('%d', 'abc');
console.log('%s', -0, 5);
