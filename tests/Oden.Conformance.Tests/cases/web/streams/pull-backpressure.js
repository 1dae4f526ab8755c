// pull() is called while desiredSize > 0; highWaterMark controls how far ahead the source runs.
const log = [];
let n = 0;
const rs = new ReadableStream({
  start(c) { log.push('start ' + c.desiredSize); },
  pull(c) {
    n++;
    log.push('pull ' + n + ' desired ' + c.desiredSize);
    c.enqueue(n);
    if (n === 5) c.close();
  },
}, { highWaterMark: 2 });
const reader = rs.getReader();
Promise.resolve().then(() => Promise.resolve()).then(() => {
  log.push('before reads ' + n);
  return reader.read();
}).then(r => {
  log.push('read ' + r.value);
  return reader.read();
}).then(r => {
  log.push('read ' + r.value);
  return reader.read().then(r3 => reader.read()).then(r4 => reader.read()).then(r5 => reader.read());
}).then(r => {
  log.push('end ' + r.done + ' pulls ' + n);
  console.log(log.join('\n'));
});
