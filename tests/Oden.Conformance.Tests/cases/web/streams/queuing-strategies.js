// CountQueuingStrategy, ByteLengthQueuingStrategy and a custom size() drive desiredSize.
const count = new CountQueuingStrategy({ highWaterMark: 3 });
console.log(count.highWaterMark, count.size(), count.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
console.log(bytes.highWaterMark, bytes.size(new Uint8Array(5)), bytes.size({ byteLength: 7 }));
let ctl;
new ReadableStream({ start(c) { ctl = c; } }, bytes);
console.log(ctl.desiredSize);
ctl.enqueue(new Uint8Array(10));
console.log(ctl.desiredSize);
ctl.enqueue(new Uint8Array(10));
console.log(ctl.desiredSize);
let c2;
new ReadableStream({ start(c) { c2 = c; } }, { highWaterMark: 5, size(chunk) { return chunk.length; } });
c2.enqueue('abc');
console.log(c2.desiredSize);
try { c2.enqueue({ length: -1 }); } catch (e) { console.log('negative size', e.constructor.name, c2.desiredSize); }
let c3;
new ReadableStream({ start(c) { c3 = c; } }, { highWaterMark: 1, size() { throw new SyntaxError('size'); } });
try { c3.enqueue('x'); } catch (e) { console.log('throwing size', e.constructor.name, c3.desiredSize); }
for (const hwm of [-1, NaN, 'x']) {
  try { new ReadableStream({}, { highWaterMark: hwm }); console.log(hwm, 'ok'); } catch (e) { console.log(String(hwm), e.constructor.name); }
}
try { new CountQueuingStrategy(); } catch (e) { console.log('no init', e.constructor.name); }
console.log(Object.prototype.toString.call(count), Object.prototype.toString.call(bytes));
