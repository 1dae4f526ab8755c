function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
t('byteLength of 3', function () { return kinds.map(function (K) { return new K(3).byteLength; }).join(); });
t('names', function () { return kinds.map(function (K) { return K.name; }).join(); });
t('lengths', function () { return kinds.map(function (K) { return K.length; }).join(); });
t('prototype chain', function () { var TA = Object.getPrototypeOf(Int8Array); return kinds.every(function (K) { return Object.getPrototypeOf(K) === TA && Object.getPrototypeOf(K.prototype) === TA.prototype; }); });
t('view of larger buffer', function () { var b = new ArrayBuffer(16); return kinds.map(function (K) { return new K(b, 8).length; }).join(); });
t('constructor property', function () { return kinds.every(function (K) { return new K(1).constructor === K; }); });
