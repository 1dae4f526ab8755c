// throw(e) raises e at the yield; a catch in the body can handle it and continue
function* g() {
  while (true) {
    try { yield 'waiting'; }
    catch (e) { console.log('caught', e); yield 'recovered ' + e; }
  }
}
const it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.throw('E1')));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.throw('E2')));
function* plain() { yield 1; console.log('not reached'); }
const p = plain(); p.next();
try { p.throw(new RangeError('boom')); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(p.next()));
const fresh = plain();
try { fresh.throw(new TypeError('early')); } catch (e) { console.log('early', e.name); }
console.log(JSON.stringify(fresh.next()));
