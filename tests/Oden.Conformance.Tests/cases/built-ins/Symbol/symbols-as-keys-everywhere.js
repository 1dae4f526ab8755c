function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var s = Symbol('k');
var o = {}; o[s] = 'v'; o.str = 1;
t('Object.keys', function () { return Object.keys(o).join(); });
t('assign copies symbols', function () { return Object.assign({}, o)[s]; });
t('JSON ignores', function () { return JSON.stringify(o); });
t('for-in ignores', function () { var n = 0; for (var k in o) n++; return n; });
t('in', function () { return s in o; });
t('defineProperty symbol', function () { var x = Object.defineProperty({}, s, { value: 1, enumerable: true }); return Object.getOwnPropertySymbols(x).length; });
t('symbol property on primitive', function () { return (5)[Symbol.toPrimitive]; });
t('Symbol.prototype methods generic', function () { return Symbol.prototype.toString.call(Object(s)); });
t('symbol-keyed method name', function () { var x = {}; x[s] = function () {}; return x[s].name; });
t('description of symbol-keyed getter', function () { var x = {}; Object.defineProperty(x, s, { get: function () {} }); return Object.getOwnPropertyDescriptor(x, s).get.name; });
t('Map with symbol keys', function () { var m = new Map([[s, 1]]); return m.get(s); });
