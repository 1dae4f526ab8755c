console.log([10, 9, 1, 100, 25].sort().join(','));
console.log(['banana', 'apple', 'Cherry', 'apple2'].sort().join(','));
console.log([true, false, 'a', 1, null].sort().join(','));
var withUndef = [3, undefined, 1, undefined, 2];
console.log(JSON.stringify(withUndef.sort()));
var holes = [3, , 1];
holes.sort();
console.log(holes.length, JSON.stringify(holes), 2 in holes);
console.log([-1, -10, 2, -2].sort().join(','));
