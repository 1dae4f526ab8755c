// The constructors, prototypes and brand checks of ReadableStream and its reader and controller.
console.log(typeof ReadableStream, ReadableStream.length, ReadableStreamDefaultReader.length);
// (pipeTo/pipeThrough need WritableStream, which Oden does not have yet.)
console.log(Object.keys(ReadableStream.prototype).filter(k => k.indexOf('pipe') !== 0).sort().join());
console.log(Object.keys(ReadableStreamDefaultReader.prototype).sort().join());
console.log(Object.keys(ReadableStreamDefaultController.prototype).sort().join());
try { new ReadableStreamDefaultController(); } catch (e) { console.log('controller ctor', e.constructor.name); }
try { ReadableStream(); } catch (e) { console.log('call', e.constructor.name); }
try { new ReadableStreamDefaultReader({}); } catch (e) { console.log('reader of non-stream', e.constructor.name); }
try { new ReadableStream({ type: 'nope' }); } catch (e) { console.log('bad type', e.constructor.name); }
try { new ReadableStream({ start: 5 }); } catch (e) { console.log('bad start', e.constructor.name); }
try { new ReadableStream(5); } catch (e) { console.log('bad source', e.constructor.name); }
try { new ReadableStream().getReader({ mode: 'other' }); } catch (e) { console.log('bad mode', e.constructor.name); }
ReadableStream.prototype.cancel.call({}).catch(e => console.log('cancel brand', e.constructor.name));
ReadableStreamDefaultReader.prototype.read.call({}).catch(e => console.log('read brand', e.constructor.name));
console.log(Object.prototype.toString.call(new ReadableStream()), String(new ReadableStream().getReader()));
let ctlTag;
new ReadableStream({ start(c) { ctlTag = Object.prototype.toString.call(c); } });
console.log(ctlTag);
