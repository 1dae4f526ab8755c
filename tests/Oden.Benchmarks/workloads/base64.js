// Base64 by hand, in the shape of the classic string benchmarks: an encoder and a decoder built on
// lookup tables, charCodeAt and String.fromCharCode, over byte strings of varied lengths (so every
// padding case occurs), both the standard and the URL-safe alphabet, with the decoder skipping line
// breaks. Every round trip must give back the input; the checksum folds the encoded text.
class Base64 {
  constructor(alphabet, pad = true) {
    this.alphabet = alphabet;
    this.pad = pad;
    this.encodeTable = Array.from(alphabet, (ch) => ch.charCodeAt(0));
    this.decodeTable = new Int16Array(128).fill(-1);
    for (let i = 0; i < alphabet.length; i++) this.decodeTable[alphabet.charCodeAt(i)] = i;
  }

  /** Encodes a string of byte-valued characters (0–255). */
  encode(bytes) {
    const table = this.encodeTable;
    const parts = [];
    let chunk = [];
    const length = bytes.length;
    let i = 0;
    for (; i + 2 < length; i += 3) {
      const n = (bytes.charCodeAt(i) << 16) | (bytes.charCodeAt(i + 1) << 8) | bytes.charCodeAt(i + 2);
      chunk.push(table[n >>> 18], table[(n >>> 12) & 63], table[(n >>> 6) & 63], table[n & 63]);
      if (chunk.length >= 4096) {
        parts.push(String.fromCharCode(...chunk));
        chunk = [];
      }
    }
    const rest = length - i;
    if (rest > 0) {
      const n = (bytes.charCodeAt(i) << 16) | (rest === 2 ? bytes.charCodeAt(i + 1) << 8 : 0);
      chunk.push(table[n >>> 18], table[(n >>> 12) & 63]);
      if (rest === 2) chunk.push(table[(n >>> 6) & 63]);
      if (this.pad) chunk.push(...(rest === 2 ? [61] : [61, 61]));
    }
    parts.push(String.fromCharCode(...chunk));
    return parts.join('');
  }

  decode(text) {
    const table = this.decodeTable;
    let out = '';
    let bits = 0;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 61) break; // '=': padding ends the data
      if (code === 10 || code === 13) continue;
      const value = code < 128 ? table[code] : -1;
      if (value < 0) throw new Error(`invalid base64 character at ${i}`);
      bits = (bits << 6) | value;
      if (++count === 4) {
        out += String.fromCharCode(bits >>> 16, (bits >>> 8) & 255, bits & 255);
        bits = 0;
        count = 0;
      }
    }
    if (count === 2) out += String.fromCharCode((bits >>> 4) & 255);
    else if (count === 3) out += String.fromCharCode((bits >>> 10) & 255, (bits >>> 2) & 255);
    else if (count === 1) throw new Error('truncated base64 input');
    return out;
  }
}

const STANDARD = new Base64('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const URL_SAFE = new Base64('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', false);

/** Breaks encoded text into lines of 76 characters, as MIME does. */
const wrap = (text) => text.replace(/.{76}/g, '$&\r\n');

function makeBytes(length, seed) {
  const codes = new Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    codes[i] = state >>> 24;
  }
  return String.fromCharCode(...codes);
}

function run() {
  let checksum = 0;
  const inputs = [];
  for (let i = 0; i < 24; i++) inputs.push(makeBytes(200 + i * 37 + (i % 3), i + 1));
  inputs.push('Man is distinguished, not only by his reason, but by this singular passion.');
  for (const input of inputs) {
    for (const codec of [STANDARD, URL_SAFE]) {
      const encoded = codec.encode(input);
      const decoded = codec.decode(codec === STANDARD ? wrap(encoded) : encoded);
      if (decoded !== input) throw new Error(`base64 round trip failed for ${input.length} bytes`);
      for (let i = 0; i < encoded.length; i += 7) checksum = (checksum * 31 + encoded.charCodeAt(i)) % 1000000007;
      checksum = (checksum + encoded.length) % 1000000007;
    }
  }
  return checksum;
}
