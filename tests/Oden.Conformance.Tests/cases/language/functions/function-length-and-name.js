function three(a, b, c) {}
function none() {}
var anon = function () {};
var named = function inner(x) {};
console.log(three.length, none.length, anon.length, named.length);
console.log(three.name, named.name);
console.log(typeof three, three instanceof Function, three instanceof Object);
