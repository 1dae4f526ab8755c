// Defaults can call hoisted functions and the function itself.
function fact(n, acc = 1) { return n <= 1 ? acc : fact(n - 1, acc * n); }
console.log(fact(5), fact(10));
function usesHelper(x = helper()) { return x; }
function helper() { return 'hoisted helper'; }
console.log(usesHelper());
const outerVar = 'outer';
function shadow(outerVar2 = outerVar) { const outerVar = 'inner'; return outerVar2 + ',' + outerVar; }
console.log(shadow());
function defaultIsFunction(cb = (x) => x * 2) { return cb(21); }
console.log(defaultIsFunction(), defaultIsFunction((x) => -x));
function countCalls(n, memo = { calls: 0 }) { memo.calls++; return n > 0 ? countCalls(n - 1, memo) : memo.calls; }
console.log(countCalls(4));
