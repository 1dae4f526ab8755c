// BigInts flowing through closures, arguments, arrays and recursion.
function sumTo(n) { let s = 0n; for (let i = 1n; i <= n; i++) s += i; return s; }
console.log(sumTo(10000n), sumTo(0n));
function fact(n) { return n <= 1n ? 1n : n * fact(n - 1n); }
console.log(fact(30n));
const counter = (() => { let c = 0n; return () => ++c; })();
counter(); counter();
console.log(counter());
function variadic() { let p = 1n; for (let i = 0; i < arguments.length; i++) p *= arguments[i]; return p; }
console.log(variadic(2n, 3n, 7n), variadic());
const arr = [];
for (let i = 0n; i < 5n; i++) arr.push(i ** 3n);
console.log(arr, arr.map(x => x % 3n), arr.reduce((a, b) => a + b));
const o = { big: 10n, get twice() { return this.big * 2n; } };
console.log(o.twice, Object.values(o));
let collatz = 27n, steps = 0;
while (collatz !== 1n) { collatz = collatz % 2n === 0n ? collatz / 2n : 3n * collatz + 1n; steps++; }
console.log(steps);
let fib = [0n, 1n];
for (let i = 2; i < 100; i++) fib.push(fib[i - 1] + fib[i - 2]);
console.log(fib[99], fib.filter(x => x % 1000n === 0n).length);
