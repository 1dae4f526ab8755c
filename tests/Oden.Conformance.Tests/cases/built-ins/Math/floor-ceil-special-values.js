console.log(Math.floor(NaN), Math.floor(Infinity), Math.floor(-Infinity), Math.ceil(-Infinity));
console.log(1 / Math.floor(-0), 1 / Math.ceil(-0.5), 1 / Math.ceil(0.5 - 1));
console.log(Math.floor('7.9'), Math.ceil('7.1'), Math.floor([3.3]), Math.floor({}));
console.log(Math.floor(2 ** 53 + 0.5), Math.ceil(-1e-300), 1 / Math.ceil(-1e-300));
console.log(Math.ceil(4), Math.floor(-4), Math.ceil(-4.000001));
