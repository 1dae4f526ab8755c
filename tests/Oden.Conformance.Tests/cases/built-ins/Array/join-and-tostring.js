console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '));
console.log([null, undefined, 0, false, ''].join('|'));
console.log([[1, [2]], 3].join(';'));
console.log(JSON.stringify([].join('x')), [1].join('x'));
console.log([1, 2].toString(), String([1, [2, [3]]]));
console.log([1, 2, 3].join(0), [1, 2].join({ toString: function () { return '~'; } }));
