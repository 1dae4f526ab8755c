console.log(typeof new Object(), typeof new Array(), typeof new Error('x'));
console.log(new Object(1) instanceof Number, new Object('s') instanceof String);
var o = {};
console.log(new Object(o) === o, Object(o) === o);
console.log(new String('ab').length, new Number('7') + 1, new Boolean('') ? 'obj truthy' : 'falsy');
console.log(new RegExp('a+', 'g').global, new RegExp('a+').source);
