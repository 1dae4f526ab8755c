function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var v = { a: [1, { b: 2 }], c: {} , d: [] };
t('10', function () { return JSON.stringify(v, null, 10) === JSON.stringify(v, null, 15); });
t('num 2', function () { return JSON.stringify(v, null, 2); });
t('frac', function () { return JSON.stringify([1], null, 2.9); });
t('neg', function () { return JSON.stringify([1], null, -1); });
t('0', function () { return JSON.stringify([1], null, 0); });
t('string tab', function () { return JSON.stringify({ x: [1] }, null, '\t'); });
t('long string clamp', function () { return JSON.stringify([1], null, '123456789ABCDEF'); });
t('empty string', function () { return JSON.stringify([1], null, ''); });
t('Number wrapper', function () { return JSON.stringify([1], null, new Number(1)); });
t('String wrapper', function () { return JSON.stringify([1], null, new String('--')); });
t('bool ignored', function () { return JSON.stringify([1], null, true); });
t('empty containers', function () { return JSON.stringify({ a: {}, b: [] }, null, 1); });
t('nested arrays', function () { return JSON.stringify([[[]], [1]], null, ' '); });
t('Number valueOf', function () { var n = new Number(3); n.valueOf = function () { return 1; }; return JSON.stringify([1], null, n); });
