console.log(typeof Object(1), Object(1) instanceof Number);
console.log(typeof Object(null), JSON.stringify(Object(undefined)));
var arr = [1];
console.log(Object(arr) === arr);
console.log(Object('ab').length, Object(true).valueOf());
console.log(Object.keys(Object('xy')).join(','));
