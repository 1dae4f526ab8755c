// stream: true keeps an incomplete sequence for the next call, across any chunk boundary.
const bytes = Array.from(new TextEncoder().encode('aé€😀z'));
for (let split = 0; split <= bytes.length; split++) {
  const td = new TextDecoder();
  const a = td.decode(new Uint8Array(bytes.slice(0, split)), { stream: true });
  const b = td.decode(new Uint8Array(bytes.slice(split)));
  console.log(split, JSON.stringify(a), JSON.stringify(b), a + b === 'aé€😀z');
}
const td = new TextDecoder();
let out = '';
for (const b of bytes) out += td.decode(new Uint8Array([b]), { stream: true });
out += td.decode();
console.log(out);
const bom = new TextDecoder();
console.log(JSON.stringify(bom.decode(new Uint8Array([0xef]), { stream: true })), JSON.stringify(bom.decode(new Uint8Array([0xbb, 0xbf, 0x78]), { stream: true })), JSON.stringify(bom.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
const trailing = new TextDecoder();
console.log(JSON.stringify(trailing.decode(new Uint8Array([0x61, 0xf0, 0x9f]), { stream: true })), Array.from(trailing.decode()).map(c => c.charCodeAt(0).toString(16)).join());
