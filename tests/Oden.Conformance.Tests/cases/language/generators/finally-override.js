// finally overriding completions inside generators
function* returnInFinally() { try { yield 1; return 'try'; } finally { return 'finally'; } }
let it = returnInFinally();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
it = returnInFinally(); it.next();
console.log(JSON.stringify(it.return('from return()')));
it = returnInFinally(); it.next();
console.log(JSON.stringify(it.throw(new Error('swallowed'))));
function* throwInFinally() { try { yield 1; } finally { throw new TypeError('from finally'); } }
it = throwInFinally(); it.next();
try { it.return(5); } catch (e) { console.log('return ->', e.name, e.message); }
console.log(JSON.stringify(it.next()));
function* breakInFinally() {
  for (let i = 0; i < 3; i++) {
    try { yield i; } finally { if (i === 1) break; }
  }
  yield 'after loop';
}
it = breakInFinally(); it.next(); it.next();
console.log(JSON.stringify(it.return('R')));
console.log(JSON.stringify(it.next()));
function* continueInFinally() {
  for (let i = 0; i < 3; i++) {
    try { if (i < 2) throw i; yield 'i=' + i; } finally { continue; }
  }
  return 'end';
}
console.log(Array.from(continueInFinally()).join('|'));
