// fatal: true throws a TypeError on invalid input instead of inserting U+FFFD.
const td = new TextDecoder('utf-8', { fatal: true });
console.log(td.fatal);
const inputs = [[0x41, 0x42], [0x80], [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xe2, 0x82, 0xac]];
for (const bytes of inputs) {
  try { console.log('ok', JSON.stringify(td.decode(new Uint8Array(bytes)))); } catch (e) { console.log(bytes.join(','), e.constructor.name, e instanceof TypeError); }
}
console.log('after error', td.decode(new Uint8Array([0x7a])));
const s = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true })));
try { s.decode(); } catch (e) { console.log('flush', e.constructor.name); }
console.log('reset', s.decode(new Uint8Array([0x61])));
