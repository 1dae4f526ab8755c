var m = [[1, 2], [3, 4], [5, 6]];
console.log(m[1][0], m.length, m[2].length);
var sum = 0;
for (var i = 0; i < m.length; i++) for (var j = 0; j < m[i].length; j++) sum += m[i][j];
console.log(sum);
var mixed = [1, 'two', null, undefined, true, { a: 1 }, [2]];
console.log(JSON.stringify(mixed));
console.log(mixed.length, typeof mixed[5], Array.isArray(mixed[6]));
