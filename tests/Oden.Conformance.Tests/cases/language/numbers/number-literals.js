console.log(0xFF, 0xff, 0Xa, 1e3, 1E3, 2e-3, .5, 5., 0.0);
console.log(0x0, 0X10, 1.e2, .0, 0., 0xFFFFFFFF);
console.log(017 === 15 ? 'legacy octal' : 'decimal', 019, 08);
console.log(9007199254740993, 0.1e1, 1e+2);
console.log(1e0, 1e-0, 0e5, 00, 0.000e10);
