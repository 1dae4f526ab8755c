function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var ts = Object.prototype.toString;
t('builtins', function () { return [null, undefined, 1, 's', true, Symbol(), [], {}, function () {}, /x/, new Date(0), new Error('e'), arguments].map(function (v) { return ts.call(v); }).join(' '); });
t('tagged builtins', function () { return [new Map(), new Set(), new WeakMap(), new WeakSet(), Promise.resolve(), new ArrayBuffer(1), new DataView(new ArrayBuffer(1)), new Float32Array(1), JSON, Math, Reflect, Symbol.prototype, [].values(), new Map().entries()].map(function (v) { return ts.call(v); }).join(' '); });
t('custom tag', function () { var o = {}; o[Symbol.toStringTag] = 'Custom'; return ts.call(o); });
t('non-string tag ignored', function () { var o = {}; o[Symbol.toStringTag] = 5; return ts.call(o); });
t('tag overrides builtin', function () { var a = []; a[Symbol.toStringTag] = 'NotArray'; return ts.call(a); });
t('proxy of array', function () { return ts.call(new Proxy([], {})); });
t('proxy of function', function () { return ts.call(new Proxy(function () {}, {})); });
t('proxy of date', function () { return ts.call(new Proxy(new Date(0), {})); });
t('bound', function () { return ts.call(function () {}.bind()); });
t('wrappers', function () { return [new Number(1), new String(''), new Boolean(false), Object(Symbol())].map(function (v) { return ts.call(v); }).join(' '); });
t('error subclasses', function () { return [new TypeError(), new AggregateError([])].map(function (v) { return ts.call(v); }).join(' '); });
t('prototypes', function () { return [Array.prototype, Function.prototype, Error.prototype, Boolean.prototype, Number.prototype, String.prototype, Date.prototype, RegExp.prototype].map(function (v) { return ts.call(v); }).join(' '); });
t('toStringTag descs', function () { return [Map.prototype, Promise.prototype, Symbol.prototype, Math].map(function (p) { var d = Object.getOwnPropertyDescriptor(p, Symbol.toStringTag); return d.value + d.writable + d.enumerable + d.configurable; }).join(' '); });
