console.log(String([1, , 3]));
console.log([null, undefined, 1].join('-'));
console.log([[1, 2], [3]].toString());
console.log([].join(), '[' + [].toString() + ']');
console.log(new Array(4).join('ab'));
console.log([1, 2, 3].join(undefined));
console.log([1, 2].join(null));
