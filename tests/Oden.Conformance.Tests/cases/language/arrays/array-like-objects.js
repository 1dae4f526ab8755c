var like = { 0: 'a', 1: 'b', length: 2 };
console.log(Array.prototype.join.call(like, '+'));
console.log(JSON.stringify(Array.prototype.slice.call(like)));
console.log(JSON.stringify(Array.prototype.map.call(like, function (x) { return x.toUpperCase(); })));
Array.prototype.push.call(like, 'c');
console.log(like.length, like[2]);
console.log(Array.prototype.indexOf.call('hello', 'l'));
