function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('byteLength', function () { return [new ArrayBuffer(5).byteLength, new ArrayBuffer().byteLength, new ArrayBuffer('3').byteLength, new ArrayBuffer(1.9).byteLength]; });
t('negative', function () { return new ArrayBuffer(-1); });
t('too big', function () { return new ArrayBuffer(2 ** 53); });
t('no new', function () { return ArrayBuffer(1); });
t('slice', function () { var b = new Uint8Array([1, 2, 3, 4]).buffer; return [Array.from(new Uint8Array(b.slice(1, 3))), b.slice(-1).byteLength, b.slice(3, 1).byteLength, b.slice().byteLength]; });
t('slice species', function () { var b = new ArrayBuffer(4); b.constructor = {}; b.constructor[Symbol.species] = function (n) { return new ArrayBuffer(n * 2); }; return b.slice(0, 2).byteLength; });
t('slice species same', function () { var b = new ArrayBuffer(4); b.constructor = {}; b.constructor[Symbol.species] = function () { return b; }; return b.slice(0, 1); });
t('slice species too small', function () { var b = new ArrayBuffer(4); b.constructor = {}; b.constructor[Symbol.species] = function () { return new ArrayBuffer(1); }; return b.slice(0, 2); });
t('isView', function () { return [ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new DataView(new ArrayBuffer(1))), ArrayBuffer.isView(new ArrayBuffer(1)), ArrayBuffer.isView([]), ArrayBuffer.isView()]; });
t('byteLength getter wrong this', function () { return Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call({}); });
t('species', function () { return ArrayBuffer[Symbol.species] === ArrayBuffer; });
t('tag', function () { return Object.prototype.toString.call(new ArrayBuffer(0)); });
t('lengths', function () { return [ArrayBuffer.length, ArrayBuffer.isView.length, ArrayBuffer.prototype.slice.length]; });
t('zero filled', function () { return Array.from(new Uint8Array(new ArrayBuffer(3))); });
t('endianness via views', function () { var b = new ArrayBuffer(4); new Uint32Array(b)[0] = 0x01020304; return Array.from(new Uint8Array(b)); });
