console.log(true == 1, true == '1', true == 'true', false == '0', false == '');
console.log('1' == 1, '1.0' == 1, '1e0' == 1, '0x1' == 1, ' 1 ' == 1);
console.log('abc' == new String('abc'), 'NaN' == NaN);
console.log([1] == true, [2] == true, ['true'] == true);
console.log('' == 0, '' == false, '0' == false, '' == '0');
