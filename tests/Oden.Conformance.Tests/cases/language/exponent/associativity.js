console.log(2 ** 3 ** 2);
console.log((2 ** 3) ** 2);
console.log(-(2 ** 2));
console.log((-2) ** 2);
console.log(2 ** (-2) ** 2, 2 ** -1);
console.log(4 ** 0.5 * 3);
