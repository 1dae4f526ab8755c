// Large bodies of many chunks are read completely and in order.
const enc = new TextEncoder();
let i = 0;
const total = 2000;
const rs = new ReadableStream({
  pull(c) {
    c.enqueue(enc.encode(String(i % 10)));
    i++;
    if (i === total) c.close();
  },
});
new Response(rs).text().then(t => {
  console.log(t.length, t.slice(0, 12), t.slice(-5));
  const big = 'x'.repeat(100000) + 'end';
  return new Response(big).arrayBuffer();
}).then(b => {
  console.log(b.byteLength);
  return new Response(new Uint8Array(70000).fill(65)).body.getReader().read();
}).then(r => console.log(r.value.length, r.value[69999]));
