function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('string args', function () { return [Math.max('10', '9'), Math.abs('-3'), Math.floor('4.7'), Math.pow('2', '10')]; });
t('undefined args', function () { return [Math.abs(), Math.floor(), Math.pow(2), Math.atan2(1)]; });
t('object args', function () { var n = 0; var o = { valueOf: function () { n++; return 4; } }; return [Math.sqrt(o), Math.max(o, o), n]; });
t('symbol arg', function () { return Math.abs(Symbol()); });
t('extra args ignored', function () { return [Math.abs(-1, 'x'), Math.round(1.5, 99)]; });
t('min/max order of coercion', function () { var log = []; try { Math.min({ valueOf: function () { log.push(1); return 1; } }, { valueOf: function () { log.push(2); throw new RangeError('x'); } }, { valueOf: function () { log.push(3); return 3; } }); } catch (e) { log.push(e.name); } return log; });
t('arrays', function () { return [Math.max([1]), Math.max([1, 2]), Math.min([])]; });
t('null/bool', function () { return [Math.max(null, -1), Math.min(true, 2), Math.abs(false)]; });
