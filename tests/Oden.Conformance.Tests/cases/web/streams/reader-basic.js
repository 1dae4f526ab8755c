// A default reader reads enqueued chunks in order, then done.
const rs = new ReadableStream({
  start(c) { c.enqueue('a'); c.enqueue(2); c.enqueue({ k: 'v' }); c.close(); },
});
console.log(rs.locked);
const reader = rs.getReader();
console.log(rs.locked, reader instanceof ReadableStreamDefaultReader);
function next() {
  return reader.read().then(r => {
    console.log(JSON.stringify(r), Object.keys(r).join());
    if (!r.done) return next();
    return reader.read().then(again => console.log('again', JSON.stringify(again)));
  });
}
next().then(() => reader.closed).then(v => console.log('closed', v));
