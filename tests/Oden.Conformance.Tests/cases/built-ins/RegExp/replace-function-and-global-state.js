function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('fn args plain', function () { var calls = []; 'a-b-c'.replace(/-/g, function (m, off, s) { calls.push(m + off + s.length); return '+'; }); return calls; });
t('fn called with undefined for missing group', function () { var r; 'ab'.replace(/(a)(x)?/, function (m, p1, p2) { r = [p1, p2, arguments.length]; return ''; }); return r; });
t('lastIndex after global replace', function () { var re = /a/g; re.lastIndex = 2; 'aaa'.replace(re, 'b'); return re.lastIndex; });
t('sticky global replace', function () { return 'aab'.replace(/a/gy, 'x'); });
t('sticky non-global replace', function () { var re = /a/y; re.lastIndex = 1; return ['aab'.replace(re, 'x'), re.lastIndex]; });
t('replace unicode empty', function () { return '\uD83D\uDE00'.replace(/(?:)/gu, '.').length; });
t('replace with $ in fn result literal', function () { return 'abc'.replace(/b/, function () { return '$&'; }); });
t('nested replace in fn', function () { return 'a1b2'.replace(/\d/g, function (d) { return 'x'.replace(/x/, d * 2); }); });
t('fn mutating regex lastIndex', function () { var re = /a/g; return 'aaaa'.replace(re, function () { re.lastIndex = 0; return 'b'; }); });
t('exec override observed', function () { var re = /a/g; var n = 0; re.exec = function (s) { n++; return n > 2 ? null : { 0: 'a', index: n - 1, length: 1 }; }; return ['aaa'.replace(re, 'X'), n]; });
t('replace named groups object', function () { var got; 'k=v'.replace(/(?<key>\w)=(?<val>\w)/, function () { got = arguments[arguments.length - 1]; return ''; }); return JSON.stringify(got); });
