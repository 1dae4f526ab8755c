// return() forwards to the delegate's return method; its result decides
function* inner() { try { yield 1; yield 2; } finally { console.log('inner finally'); } }
function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
let it = outer(); it.next();
console.log(JSON.stringify(it.return('R')));
const noReturn = { [Symbol.iterator]() { return this; }, next() { return { value: 'n', done: false }; } };
function* d() { try { yield* noReturn; } finally { console.log('d finally'); } }
it = d(); console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.return('no return method')));
const refuses = { [Symbol.iterator]() { return this; }, next() { return { value: 'x', done: false }; },
  return(v) { console.log('return called with', v); return { value: 'kept going', done: false }; } };
function* e() { yield* refuses; }
it = e(); it.next();
console.log(JSON.stringify(it.return('please stop')));
const badResult = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { return 42; } };
function* f() { yield* badResult; }
it = f(); it.next();
try { it.return(); } catch (e) { console.log(e instanceof TypeError); }
const doneWith = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return(v) { return { value: v + '!', done: true }; } };
function* h() { yield* doneWith; }
it = h(); it.next();
console.log(JSON.stringify(it.return('bye')), JSON.stringify(it.next()));
