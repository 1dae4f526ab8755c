console.log(Infinity + 1, Infinity - Infinity, Infinity * -1, Infinity / 0);
console.log(-Infinity < -1e308, Infinity > Number.MAX_VALUE);
console.log(1 / Infinity, -1 / Infinity, 1 / (-1 / Infinity));
console.log(Infinity === Infinity, Infinity == 'Infinity', JSON.stringify(Infinity));
console.log(Math.pow(10, 309), -Math.pow(10, 309));
