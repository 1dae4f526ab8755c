// throw() forwards to the delegate; a delegate without throw is closed and a TypeError raised
function* catcher() { while (true) { try { yield 'ready'; } catch (e) { console.log('delegate caught', e); } } }
function* outer() { yield* catcher(); }
let it = outer(); it.next();
console.log(JSON.stringify(it.throw('E')));
const noThrow = { [Symbol.iterator]() { return this; }, next() { return { value: 'v', done: false }; },
  return() { console.log('closed by yield*'); return {}; } };
function* g() { try { yield* noThrow; } catch (e) { console.log('outer sees', e.constructor.name); yield 'handled'; } }
it = g(); it.next();
console.log(JSON.stringify(it.throw(1)));
const finishes = { [Symbol.iterator]() { return this; }, next() { return { value: 'n', done: false }; },
  throw(e) { return { value: 'finished by ' + e, done: true }; } };
function* h() { const r = yield* finishes; console.log('r', r); yield 'after'; }
it = h(); it.next();
console.log(JSON.stringify(it.throw('T')));
