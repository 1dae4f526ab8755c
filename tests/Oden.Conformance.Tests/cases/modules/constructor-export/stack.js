function Stack() { this.items = []; }
Stack.prototype.push = function (x) { this.items.push(x); };
Stack.prototype.peek = function () { return this.items[this.items.length - 1]; };
Stack.prototype.size = function () { return this.items.length; };
Stack.create = function () { return new Stack(); };
module.exports = Stack;
