// catch blocks inside generators: yield in try, catch and after, with rethrows
function* g() {
  try {
    yield 'in try';
    throw new Error('thrown in body');
  } catch (e) {
    yield 'caught ' + e.message;
    try { yield 'inner try'; } catch (inner) { yield 'inner caught ' + inner; throw 'rethrown ' + inner; }
  }
  yield 'end';
}
let it = g();
console.log(it.next().value);
console.log(it.next().value);
console.log(it.next().value);
console.log(it.throw('X').value);
try { it.next(); } catch (e) { console.log('escaped:', e); }
console.log(JSON.stringify(it.next()));
it = g(); it.next(); it.next(); it.next();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
