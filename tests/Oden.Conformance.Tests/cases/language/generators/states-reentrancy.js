// a running generator cannot be resumed (TypeError); completed generators stay done
let it;
function* g() {
  try { it.next(); } catch (e) { console.log('next while running:', e.constructor.name); }
  try { it.return(); } catch (e) { console.log('return while running:', e.constructor.name); }
  try { it.throw(1); } catch (e) { console.log('throw while running:', e.constructor.name); }
  yield 1;
}
it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
function* bad() { throw new Error('body failed'); }
const b = bad();
try { b.next(); } catch (e) { console.log(e.message); }
console.log(JSON.stringify(b.next()));
try { b.throw(new Error('after')); } catch (e) { console.log('rethrown', e.message); }
console.log(JSON.stringify(b.return(3)));
