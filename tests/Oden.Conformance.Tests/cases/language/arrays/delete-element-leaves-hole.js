var a = [1, 2, 3];
console.log(delete a[1]);
console.log(a.length, 1 in a, a[1]);
console.log(JSON.stringify(a));
console.log(delete a[10], a.length);
