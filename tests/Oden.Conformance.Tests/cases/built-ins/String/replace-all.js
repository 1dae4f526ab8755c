function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('string', function () { return 'a.b.c'.replaceAll('.', '-'); });
t('empty search', function () { return 'abc'.replaceAll('', '_'); });
t('empty string empty search', function () { return ''.replaceAll('', 'x'); });
t('patterns', function () { return 'abcabc'.replaceAll('b', '[$&|$`|$\'|4227]'); });
t('bad group', function () { return 'abc'.replaceAll('b', ''); });
t('function', function () { return 'aXbX'.replaceAll('X', function (m, off, str) { return off + str.length; }); });
t('global regex', function () { return 'a1b2'.replaceAll(/\d/g, '#'); });
t('non-global regex', function () { return 'a1b2'.replaceAll(/\d/, '#'); });
t('regex flags getter', function () { var r = /x/g; Object.defineProperty(r, 'flags', { value: 'i' }); return 'x'.replaceAll(r, 'y'); });
t('regex-like with match false', function () { var r = /x/; r[Symbol.match] = false; return 'x/x/'.replaceAll(r, 'y'); });
t('custom replacer', function () { var o = {}; o[Symbol.replace] = function (s, r) { return 'custom:' + s + r; }; return 'q'.replaceAll(o, '!'); });
t('named groups', function () { return '2020-01'.replaceAll(/(?<y>\d+)-(?<m>\d+)/g, '$<m>/$<y>'); });
t('overlap', function () { return 'aaaa'.replaceAll('aa', 'b'); });
t('on null', function () { return String.prototype.replaceAll.call(null, 'a', 'b'); });
t('replacer called with undefined this', function () { var r; 'a'.replaceAll('a', function () { 'use strict'; r = this; return ''; }); return r; });
t('length', function () { return ''.replaceAll.length; });
