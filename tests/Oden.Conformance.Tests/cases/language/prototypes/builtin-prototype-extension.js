Array.prototype.last = function () { return this[this.length - 1]; };
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
console.log([1, 2, 3].last(), 'hi'.shout());
var keys = [];
for (var k in [1]) keys.push(k);
console.log(keys.join(','));
delete Array.prototype.last;
delete String.prototype.shout;
console.log(typeof [].last, typeof ''.shout);
