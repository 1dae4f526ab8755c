function Stack() { this.items = []; }
Stack.prototype.push = function (x) { this.items.push(x); return this; };
Stack.prototype.size = function () { return this.items.length; };
var s1 = new Stack(), s2 = new Stack();
s1.push(1).push(2);
console.log(s1.size(), s2.size(), s1.push === s2.push);
function Bad() {}
Bad.prototype.items = [];
var b1 = new Bad(), b2 = new Bad();
b1.items.push('shared');
console.log(b2.items.length);
