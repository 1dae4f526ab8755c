// A ReadableStream body: chunks concatenated; non-Uint8Array chunks reject with TypeError.
const enc = new TextEncoder();
function body(chunks) {
  return new ReadableStream({ start(c) { chunks.forEach(x => c.enqueue(x)); c.close(); } });
}
new Response(body([enc.encode('he'), enc.encode('llo'), new Uint8Array(0), enc.encode('!')])).text()
  .then(t => {
    console.log(t);
    return new Response(body([enc.encode('{"n":'), enc.encode('1}')])).json();
  }).then(v => {
    console.log(v.n);
    return new Response(body(['a string chunk'])).text().catch(e => console.log('string chunk', e.constructor.name));
  }).then(() => new Response(body([new Uint16Array([1])])).text().catch(e => console.log('uint16 chunk', e.constructor.name)))
  .then(() => {
    const erroring = new ReadableStream({ start(c) { c.enqueue(enc.encode('a')); c.error(new RangeError('src')); } });
    return new Response(erroring).text().catch(e => console.log('source error', e.constructor.name, e.message));
  }).then(() => {
    let pulls = 0;
    const lazy = new ReadableStream({ pull(c) { pulls++; c.enqueue(enc.encode(String(pulls))); if (pulls === 3) c.close(); } });
    return new Response(lazy).text().then(t => console.log('pulled', t, pulls));
  });
