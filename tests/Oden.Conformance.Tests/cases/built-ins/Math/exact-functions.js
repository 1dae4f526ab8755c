console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(0), Math.sqrt(Infinity));
console.log(Math.floor(1.7), Math.floor(-1.2), Math.ceil(1.2), Math.ceil(-1.7), Math.floor(-0.5));
console.log(Math.abs(-3), Math.abs('-2'), Math.abs(null), Math.abs(), Math.abs(-Infinity));
console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(-8, 1 / 3), Math.pow(NaN, 0), Math.pow(1, Infinity));
console.log(Math.pow(4, 0.5), Math.pow(10, 15), Math.pow(2, 0.5) === Math.SQRT2);
