// parameters and the arguments object are bound when the generator is called, not on the first next()
let a = 'before';
function* g(x) { yield x; yield arguments[0]; }
const it = g(a);
a = 'after';
console.log(it.next().value, it.next().value);
const calls = [];
function* h() { calls.push('body'); yield; }
const hi = h();
calls.push('called');
hi.next();
console.log(calls.join(','));
function* closures() { const fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); yield i; } yield fs.map(f => f()).join(''); }
console.log(Array.from(closures()).join(' '));
