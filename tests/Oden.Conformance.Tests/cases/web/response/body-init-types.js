// Every accepted body init type, read back as text.
const enc = new TextEncoder();
const inits = [
  ['string', 'hello'],
  ['Uint8Array', enc.encode('u8')],
  ['ArrayBuffer', enc.encode('ab').buffer],
  ['Int16Array', new Int16Array([0x6968])],
  ['DataView', new DataView(enc.encode('--dv--').buffer, 2, 2)],
  ['URLSearchParams', new URLSearchParams({ q: 'a b', r: 'é' })],
  ['ReadableStream', new ReadableStream({ start(c) { c.enqueue(enc.encode('rs')); c.close(); } })],
  ['number', 42],
  ['boolean', false],
  ['array', [1, 2]],
];
let chain = Promise.resolve();
inits.forEach(pair => { chain = chain.then(() => new Response(pair[1]).text()).then(t => console.log(pair[0], JSON.stringify(t))); });
chain.then(() => {
  const buf = enc.encode('copied');
  const r = new Response(buf);
  buf[0] = 88;
  return r.text();
}).then(t => console.log('copied at construction', t));
