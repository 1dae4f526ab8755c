function F() {}
var a = new F();
F.prototype.hello = function () { return 'hello'; };
console.log(a.hello());
F.prototype = { hello: function () { return 'replaced'; } };
var b = new F();
console.log(a.hello(), b.hello());
console.log(a instanceof F, b instanceof F);
