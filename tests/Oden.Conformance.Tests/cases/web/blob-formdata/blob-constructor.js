// new Blob(parts, options): strings (UTF-8, lone surrogates as U+FFFD), ArrayBuffers, views and Blobs in
// order; the type rule (printable ASCII, lower-cased, else ""); endings; the argument errors.
(async () => {
  const inner = new Blob(['<b>']);
  const b = new Blob(['héllo', new Uint8Array([65, 66]), new Uint16Array([0x4443]).buffer, inner,
    new DataView(new Uint8Array([33]).buffer), 42, { toString() { return 'obj'; } }], { type: 'Text/Plain;Charset=UTF-8' });
  console.log(b.size, JSON.stringify(b.type), await b.text());
  console.log(JSON.stringify(new Blob([], { type: 'a\u00e9' }).type), JSON.stringify(new Blob([], { type: 'a\x1f' }).type));
  console.log(JSON.stringify(new Blob().type), new Blob().size, new Blob(undefined, undefined).size, new Blob([], null).size);
  console.log(new Blob(['\ud800']).size, (await new Blob(['\ud800']).text()) === '\ufffd');
  console.log(new Blob([new Uint8Array([0xe2, 0x82])]).size, JSON.stringify(await new Blob([new Uint8Array([0xe2, 0x82])]).text()));
  // A view covers only its window of the buffer.
  const buf = new Uint8Array([1, 2, 3, 4, 5]);
  console.log(new Blob([buf.subarray(1, 3)]).size, [...new Uint8Array(await new Blob([buf.subarray(1, 3)]).arrayBuffer())].join(','));
  // Parts are copied: changing the source later changes nothing.
  const src = new Uint8Array([7, 8]);
  const copy = new Blob([src]);
  src[0] = 99;
  console.log([...new Uint8Array(await copy.arrayBuffer())].join(','));
  // Any iterable of parts.
  function* gen() { yield 'x'; yield 'y'; }
  console.log(await new Blob(gen()).text(), await new Blob(new Set(['s', 't'])).text());
  // endings: native turns CR LF and CR into LF here; transparent keeps them.
  console.log(new Blob(['a\nb\r\nc\rd'], { endings: 'native' }).size, new Blob(['a\nb\r\nc'], { endings: 'transparent' }).size);
  console.log(new Blob([new Uint8Array([13, 10])], { endings: 'native' }).size);
  // The options are read in order endings, type.
  const seen = [];
  new Blob([], { get type() { seen.push('type'); return 'x/y'; }, get endings() { seen.push('endings'); return 'native'; } });
  console.log(seen.join(','));
  for (const [label, f] of [
    ['string parts', () => new Blob('abc')],
    ['object parts', () => new Blob({})],
    ['null parts', () => new Blob(null)],
    ['number options', () => new Blob([], 5)],
    ['bad endings', () => new Blob([], { endings: 'bad' })],
    ['call', () => Blob([])],
  ]) {
    try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
  }
})();
