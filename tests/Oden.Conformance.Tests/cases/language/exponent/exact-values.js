console.log(2 ** 53, 2 ** 53 + 1, 2 ** 31, 2 ** 32);
console.log(10 ** 21, 10 ** -7, 10 ** 15);
console.log(3 ** 20, 7 ** 3, 1.5 ** 2);
console.log(2 ** 53 === Math.pow(2, 53), (-1) ** 0.5);
console.log(0.5 ** 2, 10 ** 0, (-3) ** 3);
