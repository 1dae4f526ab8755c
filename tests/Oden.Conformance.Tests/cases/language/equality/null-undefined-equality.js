console.log(null == undefined, null == 0, null == false, null == '');
console.log(undefined == 0, undefined == false, undefined == null);
console.log(null != undefined, null !== undefined);
var x;
console.log(x == null, x === null, typeof x === 'undefined');
