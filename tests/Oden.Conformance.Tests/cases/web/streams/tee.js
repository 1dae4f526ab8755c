// tee(): both branches see every chunk; the source is locked; canceling both cancels the source.
let cancelReason;
const rs = new ReadableStream({
  start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); },
  cancel(r) { cancelReason = r; },
});
const branches = rs.tee();
console.log(branches.length, rs.locked, branches[0] instanceof ReadableStream, branches[0] === branches[1]);
function drain(stream) {
  const reader = stream.getReader();
  const out = [];
  function step() { return reader.read().then(r => { if (r.done) return out; out.push(r.value); return step(); }); }
  return step();
}
drain(branches[0]).then(a => {
  console.log('a', a.join());
  return drain(branches[1]);
}).then(b => {
  console.log('b', b.join());
  const src = new ReadableStream({ cancel(r) { cancelReason = r; } });
  const t = src.tee();
  return t[0].cancel('r1').then(() => {
    console.log('after one cancel', cancelReason);
    return t[1].cancel('r2');
  });
}).then(() => console.log('both', JSON.stringify(cancelReason)));
