var arr = [NaN, 0, -0, '1', null, undefined];
console.log(arr.indexOf(NaN), arr.indexOf(-0), arr.indexOf(0), arr.lastIndexOf(0));
console.log(arr.indexOf(1), arr.indexOf('1'), arr.indexOf(undefined), arr.indexOf(null));
var objs = [{}, []];
console.log(objs.indexOf(objs[1]), objs.indexOf([]));
