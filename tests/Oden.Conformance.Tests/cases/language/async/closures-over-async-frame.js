// closures made before an await see later updates of the frame's bindings
async function f() {
  let v = 'initial';
  const read = () => v;
  const fns = [];
  for (let i = 0; i < 3; i++) { await null; fns.push(() => i + v); }
  v = 'updated';
  await null;
  return read() + ' ' + fns.map(g => g()).join(',');
}
f().then(console.log);
function makeAdder(n) { return async x => { await null; return x + n; }; }
makeAdder(5)(10).then(v => console.log('adder', v));
