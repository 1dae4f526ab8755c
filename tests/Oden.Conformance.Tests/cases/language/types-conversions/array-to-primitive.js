console.log([[1, 2] + '', [] + '', [[]] + '', [null] + '', [undefined] + ''].join('|'));
console.log([1] == 1, [1, 2] == '1,2', [] == 0, [[]] == 0, [0] == false);
var a = [1, 2];
a.toString = function () { return 'custom'; };
console.log(a + '!', String(a), a.join());
var b = [3];
b.valueOf = function () { return 10; };
console.log(b + 1, String(b));
