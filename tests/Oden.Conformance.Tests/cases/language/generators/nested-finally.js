// nested try/finally blocks unwind innermost first on return()
function* g() {
  try {
    try {
      try { yield 1; }
      finally { console.log('inner'); }
    } finally { console.log('middle'); }
  } finally { console.log('outer'); }
}
const it = g(); it.next();
console.log(JSON.stringify(it.return(7)));
function* h() {
  try {
    try { yield 'a'; } catch (e) { console.log('caught', e); yield 'b'; }
    finally { console.log('f1'); }
    yield 'c';
  } finally { console.log('f2'); }
}
const it2 = h();
console.log(JSON.stringify(it2.next()), JSON.stringify(it2.throw('X')), JSON.stringify(it2.next()), JSON.stringify(it2.next()));
