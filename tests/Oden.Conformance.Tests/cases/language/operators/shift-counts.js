console.log(1 << 35);
console.log(256 >> 36);
console.log(-1 >>> 31);
console.log(-1 >>> 32);
console.log(1 << -1);
console.log(123 >> 0, -123 >>> 0);
console.log(2147483647 + 1 | 0);
