function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('large integers are strings', function () { var o = {}; o[4294967295] = 'a'; o[4294967294] = 'b'; o[1] = 'c'; o.x = 'd'; return Object.keys(o).join(); });
t('negative and float', function () { var o = { b: 1 }; o[-1] = 1; o[1.5] = 1; o[0] = 1; return Object.keys(o).join(); });
t('leading zeros', function () { var o = {}; o['01'] = 1; o['1'] = 1; o['10'] = 1; o['2'] = 1; return Object.keys(o).join(); });
t('delete and re-add', function () { var o = { a: 1, b: 2, c: 3 }; delete o.a; o.a = 4; return Object.keys(o).join(); });
t('define order', function () { var o = {}; Object.defineProperty(o, 'z', { value: 1, enumerable: true }); o.a = 1; return Object.keys(o).join(); });
t('symbols after strings', function () { var o = {}; o[Symbol('s')] = 1; o.b = 1; o[5] = 1; return Reflect.ownKeys(o).map(String).join(); });
t('JSON order', function () { return JSON.stringify({ b: 1, 10: 2, a: 3, 9: 4 }); });
t('for-in order with proto', function () { var p = { p1: 1, 0: 'x' }; var o = Object.create(p); o.b = 1; o[1] = 1; var out = []; for (var k in o) out.push(k); return out.join(); });
t('array extra keys', function () { var a = [1, 2]; a.x = 1; a[-1] = 1; return Object.keys(a).join(); });
t('many keys dictionary mode keeps order', function () { var o = {}; for (var i = 0; i < 80; i++) o['k' + i] = i; delete o.k3; o.k3 = 'back'; var k = Object.keys(o); return [k.length, k[0], k[3], k[k.length - 1]]; });
