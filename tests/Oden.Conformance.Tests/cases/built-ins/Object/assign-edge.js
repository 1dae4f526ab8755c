function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('target primitive', function () { var r = Object.assign(1, { a: 2 }); return [typeof r, r.a]; });
t('target null', function () { return Object.assign(null, {}); });
t('string source indices', function () { return JSON.stringify(Object.assign({}, 'abc')); });
t('array to object', function () { return JSON.stringify(Object.assign({}, [5, 6])); });
t('object to array', function () { return Object.assign([1, 2, 3], { 1: 'x' }); });
t('setter on target called', function () { var got; var target = { set v(x) { got = x; } }; Object.assign(target, { v: 9 }); return got; });
t('non-enumerable source skipped', function () { return JSON.stringify(Object.assign({}, Object.defineProperty({}, 'h', { value: 1 }))); });
t('inherited skipped', function () { return JSON.stringify(Object.assign({}, Object.create({ p: 1 }))); });
t('stops at first error', function () { var t0 = Object.defineProperty({}, 'b', { value: 0 }); try { Object.assign(t0, { a: 1, b: 2, c: 3 }); } catch (e) { return e.name + ' ' + JSON.stringify(t0) + ' ' + ('c' in t0); } });
t('getter deletes later key', function () { var src = { get a() { delete this.b; return 1; }, b: 2 }; return JSON.stringify(Object.assign({}, src)); });
t('length', function () { return Object.assign.length; });
