function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('isNaN coercion', function () { return [isNaN('abc'), isNaN(''), isNaN(' '), isNaN(null), isNaN(undefined), isNaN([]), isNaN([1, 2]), isNaN({}), isNaN(new Date(NaN))]; });
t('isFinite coercion', function () { return [isFinite('12'), isFinite('1e400'), isFinite(null), isFinite(true), isFinite('Infinity')]; });
t('symbol throws', function () { return isNaN(Symbol()); });
t('valueOf called', function () { var n = 0; isNaN({ valueOf: function () { n++; return 1; } }); isFinite({ valueOf: function () { n++; return 1; } }); return n; });
t('Number.isNaN no coercion', function () { return [Number.isNaN('NaN'), Number.isNaN({}), Number.isNaN(NaN)]; });
