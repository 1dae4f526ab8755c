var a = [1, 2];
console.log(a.push(3, 4), JSON.stringify(a));
console.log(a.pop(), JSON.stringify(a));
console.log(a.shift(), JSON.stringify(a));
console.log(a.unshift(-1, 0), JSON.stringify(a));
var empty = [];
console.log(empty.pop(), empty.shift(), empty.length);
console.log(empty.push(), empty.unshift(), empty.length);
