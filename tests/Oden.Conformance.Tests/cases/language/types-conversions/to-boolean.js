var values = [0, -0, NaN, 1, -1, '', ' ', '0', 'false', null, undefined, {}, [], [0], function () {}, Infinity];
console.log(values.map(Boolean).join(','));
console.log(Boolean(new Boolean(false)), Boolean(new Number(0)), Boolean(new String('')));
console.log(!!void 0, !!'\t');
if ([]) console.log('empty array is truthy');
if (!'') console.log('empty string is falsy');
