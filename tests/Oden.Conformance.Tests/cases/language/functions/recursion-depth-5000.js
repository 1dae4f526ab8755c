function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
function sumTo(n, acc) { if (n === 0) return acc; return sumTo(n - 1, acc + n); }
console.log(sumTo(5000, 0));
