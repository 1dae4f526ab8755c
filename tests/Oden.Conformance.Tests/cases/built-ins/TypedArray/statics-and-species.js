function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('of', function () { return Array.from(Int8Array.of(1, 2, 300)); });
t('from mapFn', function () { return Array.from(Uint16Array.from([1, 2], function (x, i) { return x * 10 + i; })); });
t('from string', function () { return Array.from(Uint8Array.from('123')); });
t('from non-ctor', function () { return Int8Array.from.call({}, []); });
t('of on non-typed ctor', function () { return Int8Array.of.call(function () { return {}; }, 1); });
t('species', function () { var a = new Uint8Array([1, 2]); a.constructor = {}; a.constructor[Symbol.species] = Int16Array; var r = a.map(function (x) { return x * 1000; }); return [r.constructor.name, Array.from(r)]; });
t('species returns too short', function () { var a = new Uint8Array([1, 2]); a.constructor = {}; a.constructor[Symbol.species] = function () { return new Uint8Array(1); }; return a.slice(); });
t('species returns non-typed', function () { var a = new Uint8Array([1, 2]); a.constructor = {}; a.constructor[Symbol.species] = function () { return []; }; return a.filter(function () { return true; }); });
t('subarray species', function () { var a = new Uint8Array(4); a.constructor = {}; a.constructor[Symbol.species] = Int8Array; return a.subarray(1).constructor.name; });
t('Symbol.species getter', function () { var TA = Object.getPrototypeOf(Int8Array); return TA[Symbol.species] === TA; });
t('toStringTag', function () { var g = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag).get; return [g.call(new Uint8Array(1)), g.call([]), g.call(1)]; });
t('length/byteLength getters', function () { var p = Object.getPrototypeOf(Int8Array.prototype); return ['length', 'byteLength', 'byteOffset', 'buffer'].map(function (k) { var d = Object.getOwnPropertyDescriptor(p, k); return typeof d.get + (d.set === undefined); }).join(); });
t('getter wrong this', function () { var p = Object.getPrototypeOf(Int8Array.prototype); return Object.getOwnPropertyDescriptor(p, 'length').get.call({}); });
t('iterator is values', function () { var p = Object.getPrototypeOf(Int8Array.prototype); return [p[Symbol.iterator] === p.values, p.toString === Array.prototype.toString]; });
