function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var a = [1, 2, 3, 2, 1];
t('indexOf', function () { return [a.indexOf(2, 2), a.indexOf(2, -2), a.indexOf(2, -100), a.indexOf(2, 100), a.indexOf(2, '1'), a.indexOf(2, 1.9)]; });
t('lastIndexOf', function () { return [a.lastIndexOf(2, 2), a.lastIndexOf(2, -3), a.lastIndexOf(2, -100), a.lastIndexOf(2, 100), a.lastIndexOf(2, 0)]; });
t('includes', function () { return [a.includes(1, 4), a.includes(1, 5), a.includes(1, -1), a.includes(3, -2)]; });
t('fromIndex valueOf on empty', function () { var n = 0; [].indexOf(1, { valueOf: function () { n++; return 0; } }); return n; });
t('fromIndex symbol', function () { return [1].indexOf(1, Symbol()); });
