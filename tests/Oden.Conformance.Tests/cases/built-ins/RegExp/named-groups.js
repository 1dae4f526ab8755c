function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var re = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/;
t('groups', function () { var m = re.exec('on 2024-03'); return JSON.stringify(m.groups) + ' ' + m.index; });
t('groups proto', function () { return Object.getPrototypeOf(re.exec('2024-03').groups); });
t('no named groups', function () { return /(\d)/.exec('1').groups; });
t('backreference', function () { return /(?<q>['"]).*?\k<q>/.exec('say "hi" now')[0]; });
t('replace $<>', function () { return '2024-03-09'.replace(re, '$<day>.$<month>.$<year>'); });
t('replace fn groups arg', function () { var last; '2024-03'.replace(re, function () { last = arguments[arguments.length - 1]; return ''; }); return JSON.stringify(last); });
t('order of keys', function () { return Object.keys(/(?<b>x)(?<a>y)/.exec('xy').groups).join(); });
t('matchAll groups', function () { return Array.from('a=1,b=2'.matchAll(/(?<k>\w)=(?<v>\d)/g), function (m) { return m.groups.k + m.groups.v; }).join(); });
t('duplicate name', function () { try { new RegExp('(?<a>x)(?<a>y)'); } catch (e) { return e.name; } });
t('invalid name', function () { try { new RegExp('(?<1a>x)'); } catch (e) { return e.name; } });
t('unicode escape in name', function () { return new RegExp('(?<\\u0061b>x)').exec('x').groups.ab; });
t('numbered alongside', function () { var m = /(a)(?<n>b)(c)/.exec('abc'); return [m[1], m[2], m[3], m.groups.n]; });
t('split keeps named captures', function () { return 'a1b'.split(/(?<d>\d)/); });
