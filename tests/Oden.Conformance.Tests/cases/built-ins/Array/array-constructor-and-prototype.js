console.log(Array.prototype.length, Array.isArray(Array.prototype));
console.log(typeof Array.prototype.push, [].constructor === Array);
console.log(Array.length, Array(2, 3).join('+'), Array(3).length);
var sub = Object.create(Array.prototype);
sub.push('x');
console.log(sub.length, Array.isArray(sub), JSON.stringify(sub));
