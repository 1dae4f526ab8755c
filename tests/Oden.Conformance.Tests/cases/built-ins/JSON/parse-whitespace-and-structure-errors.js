function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var cases = ['[1,2', '{"a":1', '{"a"}', '{a:1}', '[,]', '[1,,2]', '{"a":1,,"b":2}', '"\\u00"', 'truex', '[]x', '{"a":undefined}', '\u0020\u000a[]\u0009', '\u00a0[]', '[1]\u0000'];
cases.forEach(function (s) { t(JSON.stringify(s), function () { return JSON.stringify(JSON.parse(s)); }); });
