function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
function sumTo(n, acc) { if (n === 0) return acc; return sumTo(n - 1, acc + n); }
console.log(sumTo(5000, 0));
function countNodes(n) { return n === 0 ? 1 : 1 + countNodes(n - 1); }
console.log(countNodes(4999));
