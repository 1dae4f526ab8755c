var values = [0.1, 0.2, 0.3, 1.1, 2.675, 1e-10, 123.456e5, 5e-7, 1.5e300, 3.0000000000000004, 0.30000000000000004, 9.999999999999999e22, 1e23, 4.4e-17];
for (var i = 0; i < values.length; i++) console.log(values[i], String(values[i]) === values[i].toString());
console.log(0.1 + 0.7, 1.1 * 1.1, 0.2 * 3);
console.log(1 / 3 * 3, 2 / 3 + 1 / 3);
console.log(100 * 1.1, 0.57 * 100);
