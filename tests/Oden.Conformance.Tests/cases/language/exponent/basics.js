console.log(2 ** 10, 2 ** 0.5, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3));
console.log(0 ** 0, NaN ** 0, 1 ** NaN, 1 ** Infinity);
console.log(2 ** 1024, 2 ** -1075, (-0) ** -1, 0 ** -1);
console.log('3' ** '2', [2] ** 3);
console.log((-2) ** 2, (-2) ** 0.5, 2 ** 0);
