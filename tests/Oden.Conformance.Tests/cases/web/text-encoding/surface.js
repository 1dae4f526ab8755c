// The TextEncoder/TextDecoder surface: constructors, toStringTag, brand checks, enumerable members.
console.log(typeof TextEncoder, typeof TextDecoder, TextEncoder.length, TextDecoder.length);
console.log(Object.keys(TextEncoder.prototype).sort().join(), Object.keys(TextDecoder.prototype).sort().join());
console.log(String(new TextDecoder()), String(new TextEncoder()));
try { TextEncoder(); } catch (e) { console.log(e.constructor.name); }
try { TextDecoder.prototype.decode.call({}, new Uint8Array(1)); } catch (e) { console.log(e.constructor.name); }
try { Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}); } catch (e) { console.log(e.constructor.name); }
const d = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
const fatal = new TextDecoder('utf8', { fatal: 1, ignoreBOM: 'yes' });
console.log(fatal.fatal, fatal.ignoreBOM, fatal.encoding);
try { new TextDecoder('utf-8', 5); } catch (e) { console.log(e.constructor.name); }
