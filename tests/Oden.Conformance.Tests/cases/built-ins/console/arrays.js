console.log([]);
console.log([1, 2, 3]);
console.log(['a', 'b']);
console.log([1, 'two', true, null, undefined]);
console.log([[1, 2], [3]]);
console.log([-0, 0, NaN]);
