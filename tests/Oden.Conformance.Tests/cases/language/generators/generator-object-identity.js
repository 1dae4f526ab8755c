// each call makes a new generator object; next is shared from the prototype
function* g() { yield 1; }
const a = g(), b = g();
console.log(a === b, a.next === b.next, a.next === Object.getPrototypeOf(Object.getPrototypeOf(a)).next);
console.log(Object.keys(a).length, JSON.stringify(a));
a.extra = 'own property';
console.log(a.extra, b.extra);
console.log(a instanceof g, Object.getPrototypeOf(a) === g.prototype);
g.prototype.helper = function () { return 'helper on ' + typeof this.next; };
console.log(b.helper());
