// return() while a finally yields: the return waits until the finally completes
function* g() {
  try { yield 'body'; }
  finally {
    yield 'finally 1';
    console.log('between');
    yield 'finally 2';
    console.log('finally done');
  }
  console.log('never');
}
const it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.return('ret')));
console.log(JSON.stringify(it.next('x')));
console.log(JSON.stringify(it.next('y')));
console.log(JSON.stringify(it.next()));
const it2 = g(); it2.next(); it2.return('r2');
console.log(JSON.stringify(it2.return('r3')));
console.log(JSON.stringify(it2.next()));
