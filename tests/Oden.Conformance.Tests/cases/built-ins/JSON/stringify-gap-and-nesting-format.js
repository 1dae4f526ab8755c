function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var v = { a: 1, b: [1, { c: [] }, []], d: {}, e: 'x' };
t('gap 4', function () { return JSON.stringify(v, null, 4); });
t('gap string', function () { return JSON.stringify(v, null, '->'); });
t('array top', function () { return JSON.stringify([v.b], null, 1); });
t('nested empty', function () { return JSON.stringify({ x: { y: {} } }, null, 2); });
t('gap with replacer list', function () { return JSON.stringify(v, ['a', 'e'], 3); });
t('unicode gap', function () { return JSON.stringify([1], null, '\u00e9'); });
