// A Response over a pulling stream reads lazily; reading body directly and text() agree.
const enc = new TextEncoder();
let pulls = 0;
const r = new Response(new ReadableStream({
  pull(c) { pulls++; c.enqueue(enc.encode('p' + pulls + ' ')); if (pulls === 4) c.close(); },
}, { highWaterMark: 0 }));
console.log('pulls before read', pulls);
const reader = r.body.getReader();
const chunks = [];
function step() {
  return reader.read().then(x => {
    if (x.done) return;
    chunks.push(new TextDecoder().decode(x.value));
    return step();
  });
}
step().then(() => {
  console.log(chunks.join('|'), 'pulls', pulls, r.bodyUsed);
  const again = new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode('abc')); c.close(); } }));
  return again.text();
}).then(t => console.log(t));
