console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(7.5 % 2, -7.5 % 2, 0.3 % 0.1);
console.log(1 % Infinity, Infinity % 1, 0 % 5, 1 / (-0 % 5));
console.log(10 / 4, 1 / 7, 22 / 7);
console.log(2 ** 31 % 7, 123456789 % 1000);
