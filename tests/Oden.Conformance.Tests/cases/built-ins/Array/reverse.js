var a = [1, 2, 3, 4];
var r = a.reverse();
console.log(JSON.stringify(a), r === a);
console.log(JSON.stringify([1].reverse()), JSON.stringify([].reverse()));
var holes = [1, , 3, , ];
holes.reverse();
console.log(holes.length, 0 in holes, 1 in holes, 2 in holes, 3 in holes, holes[1]);
