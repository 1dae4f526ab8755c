// async generators: next() returns promises of iterator results; await and yield in one body
async function* ag() { const x = yield 1; console.log('x =', x); await null; yield x + 1; return 'done'; }
const it = ag();
console.log(Object.prototype.toString.call(it), it.next('ignored') instanceof Promise);
(async () => {
  console.log(JSON.stringify(await it.next('a')));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
})();
