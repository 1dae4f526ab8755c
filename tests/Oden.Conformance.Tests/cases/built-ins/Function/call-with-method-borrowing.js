var arrayLike = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
console.log(Array.prototype.join.call(arrayLike, ''));
console.log(Array.prototype.slice.call(arrayLike, 1).join(''));
var hasOwn = Object.prototype.hasOwnProperty;
console.log(hasOwn.call(arrayLike, 'length'), hasOwn.call(arrayLike, 'join'));
console.log(String.prototype.toUpperCase.call('abc'), String.prototype.slice.call(12345, 1, 3));
console.log(Array.prototype.map.call('abc', function (c) { return c + c; }).join('-'));
