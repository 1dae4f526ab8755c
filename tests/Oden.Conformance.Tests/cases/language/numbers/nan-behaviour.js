var n = NaN;
console.log(n === n, n !== n, n == n, isNaN(n), isNaN('abc'), isNaN('12'));
console.log(NaN + 1, NaN * 0, Math.max(1, NaN), Math.min(NaN, 1));
console.log([NaN].indexOf(NaN), NaN < 1 || NaN >= 1);
console.log(typeof NaN, String(NaN), JSON.stringify(NaN), JSON.stringify({ v: NaN }));
console.log(isFinite(NaN), isFinite('5'), isFinite(Infinity), isFinite(null));
