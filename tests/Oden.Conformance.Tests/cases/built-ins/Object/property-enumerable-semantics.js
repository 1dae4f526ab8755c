function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('class-like prototype methods', function () { function C() {} C.prototype.m = function () {}; var o = new C(); var keys = []; for (var k in o) keys.push(k); return [keys.join(), Object.keys(o).length]; });
t('defineProperty default non-enumerable', function () { var o = {}; Object.defineProperty(o, 'x', { value: 1 }); return [Object.keys(o).length, o.propertyIsEnumerable('x')]; });
t('literal enumerable', function () { return Object.getOwnPropertyDescriptor({ x: 1 }, 'x').enumerable; });
t('getter literal enumerable', function () { return Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').enumerable; });
t('for-in shadow by non-enumerable', function () { var p = { x: 1 }; var o = Object.create(p); Object.defineProperty(o, 'x', { value: 2, enumerable: false }); var keys = []; for (var k in o) keys.push(k); return keys.length; });
t('builtin props non-enumerable', function () { var n = 0; for (var k in Math) n++; for (k in JSON) n++; for (k in []) n++; return n; });
