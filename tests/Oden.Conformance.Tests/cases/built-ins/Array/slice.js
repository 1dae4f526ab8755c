var a = [0, 1, 2, 3, 4];
console.log(JSON.stringify(a.slice(1, 3)), JSON.stringify(a.slice(2)), JSON.stringify(a.slice()));
console.log(JSON.stringify(a.slice(-2)), JSON.stringify(a.slice(1, -1)), JSON.stringify(a.slice(-10, 2)));
console.log(JSON.stringify(a.slice(3, 1)), JSON.stringify(a.slice(10)), JSON.stringify(a.slice('1', '3')));
console.log(JSON.stringify(a.slice(1.7, 3.2)), JSON.stringify(a.slice(NaN, 2)));
var copy = a.slice();
copy.push(5);
console.log(a.length, copy.length);
console.log(JSON.stringify([1, , 3].slice(0, 2)), 1 in [1, , 3].slice(0, 2));
