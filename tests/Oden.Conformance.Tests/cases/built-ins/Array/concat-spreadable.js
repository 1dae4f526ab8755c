function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('basic', function () { return [1].concat(2, [3], [[4]]).length; });
t('spreadable object', function () { var o = { length: 2, 0: 'a', 1: 'b' }; o[Symbol.isConcatSpreadable] = true; return [0].concat(o); });
t('spreadable false array', function () { var arr = [1, 2]; arr[Symbol.isConcatSpreadable] = false; var r = [0].concat(arr); return [r.length, r[1] === arr]; });
t('spreadable string wrapper', function () { var s = new String('ab'); s[Symbol.isConcatSpreadable] = true; return [].concat(s); });
t('spreadable getter throws', function () { var o = {}; Object.defineProperty(o, Symbol.isConcatSpreadable, { get: function () { throw new SyntaxError('x'); } }); return [].concat(o); });
t('truthy value', function () { var o = { length: 1, 0: 'z' }; o[Symbol.isConcatSpreadable] = 'yes'; return [].concat(o); });
t('this spreadable false', function () { var arr = [1]; arr[Symbol.isConcatSpreadable] = false; var r = arr.concat(2); return [r.length, r[0] === arr]; });
t('primitive this', function () { var r = Array.prototype.concat.call(1, 2); return [r.length, typeof r[0], r[1]]; });
t('holes kept', function () { var r = [, 1].concat([, 2]); return [r.length, 0 in r, 2 in r]; });
t('length result', function () { return [].concat.length; });
t('proxy array spread', function () { return [0].concat(new Proxy([1, 2], {})); });
