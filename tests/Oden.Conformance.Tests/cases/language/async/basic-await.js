// an async function returns a promise; await suspends until the operand settles
async function f(x) { console.log('f start', x); const y = await x; console.log('f resumed', y); return y * 2; }
const p = f(21);
console.log(p instanceof Promise, Object.prototype.toString.call(p));
p.then(v => console.log('result', v));
console.log('sync end');
