console.log(0.1 + 0.2);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.3 - (0.1 + 0.2)) < 1e-15);
console.log(1e21, 1e20, 123456789012345680000);
console.log(1e-7, 1e-6, 0.000001, (0.000001).toString());
console.log(5e-324, 5e-325, 2 ** 53, 2 ** 53 + 2);
console.log(1 / 3, 2 / 3, 10 / 3);
console.log(100, 1e2, 0.5e1, 123.456, -1.5e-9);
console.log(4.35 * 100, 1.005 * 1000, 9.95);
