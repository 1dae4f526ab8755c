// Bodies can declare nested functions, closures and loops.
var fib = new Function('n', 'function f(k) { return k < 2 ? k : f(k - 1) + f(k - 2); } return f(n);');
console.log(fib(15));
var makeAdders = new Function('list', 'return list.map(function (n) { return function (m) { return n + m; }; });');
var adders = makeAdders([1, 2, 3]);
console.log(adders[2](10));
var loop = new Function('n', 'var s = 0; for (let i = 0; i < n; i++) { s += i; } return s;');
console.log(loop(100));
var withTry = new Function('try { throw new Error("e"); } catch (err) { return err.message; } finally { }');
console.log(withTry());
var usesEval = new Function('a', 'return eval("a * 3")');
console.log(usesEval(5));
var usesWith = new Function('o', 'with (o) { return x + y; }');
console.log(usesWith({ x: 1, y: 2 }));
