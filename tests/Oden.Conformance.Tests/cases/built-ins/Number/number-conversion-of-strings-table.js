function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var inputs = ['', '  ', '\n1\n', '1_0', '1e', '.', '+', '-', '0x', '0X1f', '0b2', '0o8', '00', '-0', '+Infinity', '-Infinity', 'NaN', '1.', '.1', '1e-7', '9'.repeat(400), '0.' + '0'.repeat(400) + '1'];
t('Number', function () { return inputs.map(function (s) { var v = Number(s); return Object.is(v, -0) ? '-0' : String(v); }).join(' '); });
t('unary plus same', function () { return inputs.every(function (s) { return Object.is(+s, Number(s)); }); });
