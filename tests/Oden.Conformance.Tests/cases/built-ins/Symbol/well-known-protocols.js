function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('hasInstance', function () { var C = {}; C[Symbol.hasInstance] = function (v) { return v === 1; }; return [1 instanceof C, 2 instanceof C]; });
t('hasInstance non-callable', function () { var C = {}; C[Symbol.hasInstance] = 1; return 1 instanceof C; });
t('instanceof non-object rhs', function () { return 1 instanceof 1; });
t('Function.prototype[hasInstance] bound', function () { function F() {} var B = F.bind(); return [new F() instanceof B, Function.prototype[Symbol.hasInstance].call(B, new F())]; });
t('toPrimitive hint', function () { var hints = []; var o = {}; o[Symbol.toPrimitive] = function (h) { hints.push(h); return 1; }; +o; o + ''; String(o); o < 1; o == 1; return hints; });
t('toPrimitive returns object', function () { var o = {}; o[Symbol.toPrimitive] = function () { return {}; }; return o + 1; });
t('toPrimitive non-callable', function () { var o = {}; o[Symbol.toPrimitive] = 1; return +o; });
t('toPrimitive null skips', function () { var o = { valueOf: function () { return 7; } }; o[Symbol.toPrimitive] = null; return +o; });
t('toStringTag getter', function () { var o = {}; Object.defineProperty(o, Symbol.toStringTag, { get: function () { return 'G'; } }); return String(o); });
t('iterator custom', function () { var o = {}; o[Symbol.iterator] = function () { var n = 0; return { next: function () { n++; return { value: n, done: n > 3 }; } }; }; var out = []; for (var v of o) out.push(v); return out; });
t('iterator non-object result', function () { var o = {}; o[Symbol.iterator] = function () { return { next: function () { return 1; } }; }; for (var v of o) {} });
t('iterator not callable', function () { var o = {}; o[Symbol.iterator] = 1; for (var v of o) {} });
t('species used by map', function () { var a = [1]; a.constructor = {}; a.constructor[Symbol.species] = function () { return { special: true }; }; return a.map(function (x) { return x; }).special; });
t('isConcatSpreadable on array-like', function () { var o = { length: 2, 0: 'a', 1: 'b' }; o[Symbol.isConcatSpreadable] = true; return [].concat(o).join(); });
t('match false makes string', function () { var r = /./; r[Symbol.match] = false; return 'a/./b'.startsWith(r, 1); });
