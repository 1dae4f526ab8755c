// text(), json(), arrayBuffer() and bytes() of each body init type.
const enc = new TextEncoder();
const steps = [
  () => new Response('plain é').text(),
  () => new Response('{"a":[1,2],"b":null}').json().then(v => JSON.stringify(v)),
  () => new Response(enc.encode('bytes')).text(),
  () => new Response(enc.encode('abc').buffer).arrayBuffer().then(b => b.byteLength + ' ' + (b instanceof ArrayBuffer)),
  () => new Response(new DataView(enc.encode('xview').buffer, 1)).text(),
  () => new Response(new URLSearchParams('a=1&b=x y')).text(),
  () => new Response(null).text().then(t => JSON.stringify(t)),
  () => new Response().arrayBuffer().then(b => b.byteLength),
  () => new Response('hi').bytes().then(u => u.constructor.name + ' ' + Array.from(u).join(',')),
  () => new Response(123).text(),
  () => new Response({ toString() { return 'from toString'; } }).text(),
  () => new Response('\ufeffbom kept?').text().then(t => t.length),
  () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text().then(t => t.length + ' ' + t),
  () => new Response(new Uint8Array([0xff, 0x41])).text().then(t => t.charCodeAt(0).toString(16)),
  () => new Response('not json').json().catch(e => 'json error ' + e.constructor.name),
];
let chain = Promise.resolve();
steps.forEach((s, i) => { chain = chain.then(() => s()).then(v => console.log(i, v)); });
