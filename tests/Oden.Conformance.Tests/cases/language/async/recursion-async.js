// recursive async functions and promise chains of depth
async function sum(n) { if (n === 0) return 0; return n + await sum(n - 1); }
sum(100).then(v => console.log('sum', v));
async function fib(n) { return n < 2 ? n : (await fib(n - 1)) + (await fib(n - 2)); }
fib(12).then(v => console.log('fib', v));
