// TextDecoder.decode: UTF-8 by default, BOM stripped once, any BufferSource.
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM);
console.log(td.decode(new Uint8Array([0x68, 0x69])));
console.log(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x42])));
console.log(JSON.stringify(td.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
console.log(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41])).length);
console.log(td.decode(new Uint8Array([0xe2, 0x82, 0xac]).buffer));
console.log(td.decode(new DataView(new Uint8Array([0x61, 0x62, 0x63]).buffer, 1)));
console.log(td.decode(new Uint16Array([0x6968])));
console.log(JSON.stringify(td.decode()), JSON.stringify(td.decode(undefined)));
console.log(td.decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80])).codePointAt(0).toString(16));
const keep = new TextDecoder('utf-8', { ignoreBOM: true });
console.log(keep.ignoreBOM, keep.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).charCodeAt(0).toString(16));
try { td.decode('string'); } catch (e) { console.log(e.constructor.name); }
try { td.decode([1, 2]); } catch (e) { console.log(e.constructor.name); }
