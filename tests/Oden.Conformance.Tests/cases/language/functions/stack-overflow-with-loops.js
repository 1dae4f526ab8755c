// Runaway recursion whose frames run loops between calls: the stack check (every eighth function entry,
// sharing its counter with the loop back-edges) still ends it with a RangeError.
function f(n) { for (let i = 0; i < (n % 9); i++) {} return f(n + 1) + 1; }
try { f(0); } catch (e) { console.log(e instanceof RangeError); }
function g(n) { let s = 0; for (let i = 0; i < 7; i++) s += i; return g(n + 1) + s; }
try { g(0); } catch (e) { console.log(e instanceof RangeError); }
const h = (n) => [1, 2, 3].map(() => h(n + 1));
try { h(0); } catch (e) { console.log(e instanceof RangeError); }
function k(n) { let s = 0; for (let i = 0; i < 8; i++) s += i; for (let j = 0; j < n % 3; j++) s++; return k(n + 1) + s; }
try { k(0); } catch (e) { console.log(e instanceof RangeError); }
console.log(k.length, "still running");
