class MyPromise extends Promise {
  constructor(executor) { super(executor); this.tag = 'mine'; }
}
const p = new MyPromise(resolve => resolve(1));
console.log(p instanceof MyPromise, p instanceof Promise, p.tag);
const q = p.then(v => v + 1);
console.log(q instanceof MyPromise, q.tag);
q.then(v => console.log('value', v));
console.log(MyPromise.resolve(5) instanceof MyPromise, Promise.resolve(5) instanceof MyPromise);
const all = MyPromise.all([1, 2]);
console.log(all instanceof MyPromise);
all.then(v => console.log('all', JSON.stringify(v)));
class Plain extends Promise { static get [Symbol.species]() { return Promise; } }
const pl = new Plain(r => r(3));
console.log(pl.then(x => x) instanceof Plain, pl.then(x => x) instanceof Promise);
console.log(p.catch(() => {}) instanceof MyPromise, p.finally(() => {}) instanceof MyPromise);
MyPromise.reject(new Error('no')).catch(e => console.log('caught', e.message));
try { MyPromise(() => {}); } catch (e) { console.log(e.constructor.name); }
let executorRan = false;
class Logging extends Promise { constructor(ex) { super((res, rej) => { executorRan = true; ex(res, rej); }); } }
new Logging(r => r());
console.log(executorRan);
