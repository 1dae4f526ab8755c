function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('lazy', function () { return [/a+?/.exec('aaa')[0], /a*?b/.exec('aab')[0], /<.+?>/.exec('<a><b>')[0]]; });
t('bounded', function () { return [/a{2}/.exec('aaaa')[0], /a{2,}/.exec('aaaa')[0], /a{1,3}/.exec('aaaa')[0], /a{0}/.exec('aaa')[0].length]; });
t('alternation order', function () { return [/a|ab/.exec('ab')[0], /ab|a/.exec('ab')[0]]; });
t('empty alternative', function () { return /a(|b)c/.exec('ac')[1].length; });
t('nested quantifiers', function () { return /(a+)+b/.exec('aaab')[0]; });
t('backtracking groups', function () { return JSON.stringify(/(a|ab)(c|bcd)(d*)/.exec('abcd')); });
t('non-capturing', function () { return /(?:ab)+/.exec('ababx')[0]; });
t('lookahead in quantifier', function () { return 'a1b2c'.match(/[a-z](?=\d)/g); });
t('negative lookahead', function () { return 'foobar foobaz'.match(/foo(?!bar)\w+/)[0]; });
t('quantified empty group', function () { return /(?:)*x/.exec('x')[0]; });
t('{ literal annex b', function () { return [/a{,2}/.test('a{,2}'), /x{1/.test('x{1'), /}/.test('}')]; });
