function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('repeat', function () { return 'ab'.repeat(3); });
t('repeat 0', function () { return JSON.stringify('ab'.repeat(0)); });
t('repeat frac', function () { return 'ab'.repeat(2.9); });
t('repeat neg', function () { return 'ab'.repeat(-1); });
t('repeat inf', function () { return 'ab'.repeat(Infinity); });
t('repeat empty inf', function () { return ''.repeat(Infinity); });
t('repeat empty big', function () { return JSON.stringify(''.repeat(2 ** 30)); });
t('repeat NaN', function () { return JSON.stringify('ab'.repeat(NaN)); });
t('repeat too long', function () { return 'ab'.repeat(2 ** 29).length; });
t('includes', function () { return ['abc'.includes('b'), 'abc'.includes('b', 2), 'abc'.includes(''), 'abc'.includes('', 10)]; });
t('includes regexp', function () { return 'abc'.includes(/b/); });
t('includes regexp match false', function () { var r = /b/; r[Symbol.match] = false; return '/b/'.includes(r); });
t('startsWith', function () { return ['abc'.startsWith('ab'), 'abc'.startsWith('bc', 1), 'abc'.startsWith('a', -5), 'abc'.startsWith('', 3)]; });
t('endsWith', function () { return ['abc'.endsWith('bc'), 'abc'.endsWith('ab', 2), 'abc'.endsWith('a', 1), 'abc'.endsWith('c', 99)]; });
t('startsWith regexp', function () { return 'abc'.startsWith(/a/); });
t('endsWith regexp', function () { return 'abc'.endsWith(/c/); });
t('coercion', function () { return ['null'.includes(null), 'undefined'.startsWith(undefined), '1'.endsWith(1)]; });
t('lengths', function () { return [''.includes.length, ''.startsWith.length, ''.endsWith.length, ''.repeat.length]; });
