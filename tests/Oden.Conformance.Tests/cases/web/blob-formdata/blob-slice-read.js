// slice with relative indices and a content type; text, arrayBuffer, bytes and stream read the bytes.
(async () => {
  const b = new Blob(['0123456789'], { type: 'text/plain' });
  const show = async (label, s) => console.log(label, s.size, JSON.stringify(s.type), JSON.stringify(await s.text()));
  await show('all', b.slice());
  await show('2..5', b.slice(2, 5));
  await show('-3', b.slice(-3));
  await show('-100..2', b.slice(-100, 2));
  await show('5..2', b.slice(5, 2));
  await show('20', b.slice(20));
  await show('type', b.slice(0, 1, 'Image/PNG'));
  await show('bad type', b.slice(0, 1, 'a\u00e9'));
  await show('undefined type', b.slice(0, 1, undefined));
  await show('slice of slice', b.slice(2, 8).slice(1, -1));
  await show('infinity', b.slice(-Infinity, Infinity));
  const ab = await b.slice(3, 6).arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)].join(','));
  const bytes = await b.bytes();
  console.log(bytes instanceof Uint8Array, bytes.length, bytes[0], bytes[9]);
  bytes[0] = 0;
  console.log(await b.text()); // bytes() is a copy
  const p = b.text();
  console.log(p instanceof Promise);
  const stream = b.stream();
  console.log(stream instanceof ReadableStream, stream.locked);
  const reader = stream.getReader();
  let total = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    console.log('chunk is Uint8Array', value instanceof Uint8Array);
    total += new TextDecoder().decode(value, { stream: true });
  }
  console.log(total);
  let n = 0;
  for await (const chunk of new Blob([new Uint8Array(100000)]).stream()) n += chunk.length;
  console.log('streamed', n);
  console.log(JSON.stringify(await new Blob([]).text()), (await new Blob([]).arrayBuffer()).byteLength);
  // Brand checks: methods reject, getters throw.
  await Blob.prototype.text.call({}).catch(e => console.log('text on non-blob', e.constructor.name));
  await Blob.prototype.arrayBuffer.call(null).catch(e => console.log('arrayBuffer on null', e.constructor.name));
  try { Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}); } catch (e) { console.log('size on non-blob', e.constructor.name); }
  try { Blob.prototype.slice.call({}); } catch (e) { console.log('slice on non-blob', e.constructor.name); }
})();
