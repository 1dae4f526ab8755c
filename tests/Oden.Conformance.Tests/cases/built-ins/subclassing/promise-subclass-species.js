const log = [];
class Logged extends Promise {
  constructor(executor) { log.push('construct'); super(executor); }
  static get [Symbol.species]() { log.push('species'); return Logged; }
}
const p = Logged.resolve(1);
log.length = 0;
const q = p.then(v => v);
console.log(log.join(), q instanceof Logged);
log.length = 0;
const r = Promise.prototype.then.call(p, x => x);
console.log(log.join(), r instanceof Logged);
Logged.all([p, 2]).then(v => console.log('all', v.join()));
Logged.race([p]).then(v => console.log('race', v));
Logged.allSettled([p]).then(v => console.log('settled', v[0].status));
Logged.any([p]).then(v => console.log('any', v));
class Thenable extends Promise {}
const t = Thenable.resolve(Thenable.resolve(9));
t.then(v => console.log('nested', v));
console.log(Thenable.resolve(p) === p, Logged.resolve(p) === p);
