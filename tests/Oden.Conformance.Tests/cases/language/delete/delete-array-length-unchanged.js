var a = [1, 2, 3];
delete a[2];
console.log(a.length, JSON.stringify(a));
a.pop();
console.log(a.length);
var b = [1, 2, 3];
delete b[0]; delete b[1]; delete b[2];
console.log(b.length, Object.keys(b).length);
