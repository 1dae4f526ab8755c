// UTF-16LE/BE and windows-1252 decoding.
const le = new TextDecoder('utf-16le');
console.log(le.decode(new Uint8Array([0x68, 0x00, 0x69, 0x00])));
console.log(le.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).length);
console.log(le.decode(new Uint8Array([0x3d, 0xd8, 0x00, 0xde])).codePointAt(0).toString(16));
console.log(le.decode(new Uint8Array([0x3d, 0xd8, 0x41, 0x00])).split('').map(c => c.charCodeAt(0).toString(16)).join());
console.log(le.decode(new Uint8Array([0x41, 0x00, 0x42])).split('').map(c => c.charCodeAt(0).toString(16)).join());
const be = new TextDecoder('utf-16be');
console.log(be.decode(new Uint8Array([0x00, 0x68, 0x00, 0x69])), be.decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41])));
const w = new TextDecoder('windows-1252');
// (0x80-0x9F are left out: node 20 maps them like ISO-8859-1, the Encoding Standard like windows-1252.)
console.log(w.decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xa9, 0xff])));
console.log(w.decode(new Uint8Array([0x00, 0x41, 0x7f, 0xa0])).split('').map(c => c.charCodeAt(0).toString(16)).join());
const streamLe = new TextDecoder('utf-16le');
console.log(JSON.stringify(streamLe.decode(new Uint8Array([0x41]), { stream: true })), streamLe.decode(new Uint8Array([0x00, 0x42, 0x00])));
