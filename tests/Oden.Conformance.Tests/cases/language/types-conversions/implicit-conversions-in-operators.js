console.log('5' * '2', '5' - 2, '5' + 2, '5' / '2');
console.log(true + true, true + '1', null * 3, undefined * 3);
console.log('3' > 2, '10' > '9', '' == 0, ' \n' == 0);
console.log([] * 2, [3] * 2, ['4'] - 1, [1, 2] - 1);
console.log({} * 1, 'abc' * 1, '-' * 1);
