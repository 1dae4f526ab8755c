var a = [1, 2];
console.log(JSON.stringify(a.concat(3, [4, 5], [[6]])));
console.log(JSON.stringify(a.concat()), a.concat() !== a);
console.log(JSON.stringify(a.concat('str', null, { x: 1 })));
console.log(JSON.stringify([].concat([], [])));
var holes = [1, , 3].concat([4, , 6]);
console.log(holes.length, 1 in holes, 4 in holes);
var arrayLike = { length: 1, 0: 'x' };
console.log(JSON.stringify([0].concat(arrayLike)));
