console.log([1.5, -2, 1e21, 1e-7]);
console.log({ big: 2 ** 53, small: 5e-324, neg: -0 });
console.log([0.1 + 0.2]);
console.log([1 / 3, -1.5e-9]);
console.log({ x: 0.000001, y: 123456789012345680000 });
