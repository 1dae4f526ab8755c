// Encoding then decoding gives back the string for every well-formed input; lone surrogates do not survive.
const te = new TextEncoder();
const td = new TextDecoder();
const samples = ['', 'ascii', 'Grüße', '日本語', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'mixed é € 😀 end', '\u0000\u0001'];
for (const s of samples) console.log(JSON.stringify(s), td.decode(te.encode(s)) === s, te.encode(s).length);
const lone = 'a\ud800b';
const back = td.decode(te.encode(lone));
console.log(back === lone, back.charCodeAt(1).toString(16), back.length);
let all = '';
for (let cp = 0x20; cp < 0x3000; cp += 37) all += String.fromCodePoint(cp);
console.log(td.decode(te.encode(all)) === all, te.encode(all).length);
