function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var cases = [[/(\d+)-(\d+)/, 'tel 12-345'], [/(a)|(b)/, 'b'], [/(?:x(y))?z/, 'z'], [/((a)(b))c/, 'abc'], [/(?<w>\w)\k<w>/, 'abccd'], [/(a)?\1b/, 'b'], [/[^]*?(\d)/, 'ab9']];
cases.forEach(function (c, i) { t('case ' + i, function () { var m = c[0].exec(c[1]); return JSON.stringify(m) + ' @' + (m && m.index); }); });
