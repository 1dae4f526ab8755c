function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var bad = ['', ' ', '{', '[1,]', '{"a":1,}', "{'a':1}", '01', '1.', '.5', '+1', '0x10', 'NaN', 'Infinity', '"\\x41"', '"\t"', 'undefined', '[1 2]', '{"a" 1}', 'tru', 'nul', '"abc', '1e', '-', '--1', '1 2', '"\\u12"', '\u00A01', '/**/1'];
bad.forEach(function (s) { t(JSON.stringify(s), function () { return JSON.parse(s); }); });
var good = [' 1 ', '\t\n\r 2', '-0', '1E2', '1e-2', '0.5e+1', '"\\u0041"', 'true', 'null', '[]', '{}', '{"":""}', '[[],{}]', '1e400', '-1e400'];
good.forEach(function (s) { t(JSON.stringify(s), function () { var v = JSON.parse(s); return typeof v === 'number' ? (Object.is(v, -0) ? '-0' : v) : JSON.stringify(v); }); });
t('non-string arg', function () { return JSON.parse(123); });
t('object arg', function () { return JSON.parse({ toString: function () { return '[7]'; } })[0]; });
t('null arg', function () { return JSON.parse(null); });
t('undefined arg', function () { return JSON.parse(); });
t('duplicate keys', function () { return JSON.parse('{"a":1,"a":2}').a; });
