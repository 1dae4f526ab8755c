// return(v) completes the generator, running finally blocks
function* g() {
  try { yield 1; yield 2; }
  finally { console.log('cleanup'); }
  console.log('unreachable');
}
let it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.return('r')));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.return('again')));
it = g();
console.log(JSON.stringify(it.return('before start')));
console.log(JSON.stringify(it.next()));
function* noFinally() { yield 1; yield 2; }
it = noFinally(); it.next();
console.log(JSON.stringify(it.return()));
