var a = [0, 1, 2, 3, 4, 5];
console.log(JSON.stringify(a.splice(1, 2)), JSON.stringify(a));
console.log(JSON.stringify(a.splice(1, 0, 'x', 'y')), JSON.stringify(a));
console.log(JSON.stringify(a.splice(-2, 1, 'z')), JSON.stringify(a));
console.log(JSON.stringify(a.splice(3)), JSON.stringify(a));
console.log(JSON.stringify(a.splice()), JSON.stringify(a));
console.log(JSON.stringify(a.splice(0, 100)), JSON.stringify(a));
var b = [1, 2, 3];
console.log(JSON.stringify(b.splice(1, undefined)), JSON.stringify(b));
