function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var m = /(a)(x)?(?<n>b)/.exec('zab');
t('keys', function () { return Object.keys(m).join(); });
t('length', function () { return m.length; });
t('undefined capture own', function () { return [2 in m, m[2]]; });
t('index input', function () { return [m.index, m.input]; });
t('is array', function () { return Array.isArray(m); });
t('desc index', function () { var d = Object.getOwnPropertyDescriptor(m, 'index'); return [d.writable, d.enumerable, d.configurable]; });
t('no match', function () { return /q/.exec('abc'); });
t('exec coerces arg', function () { return [/undefined/.exec()[0], /null/.exec(null)[0], /1/.exec(1)[0]]; });
t('test wrong this', function () { return RegExp.prototype.exec.call({}, 'a'); });
t('global exec loop', function () { var r = /\w/g, out = [], x; while ((x = r.exec('ab c'))) out.push(x[0] + x.index + r.lastIndex); return out; });
t('empty global loop', function () { var r = /a*/g, out = [], x, n = 0; while ((x = r.exec('baa')) && n++ < 5) { out.push(x.index + ':' + x[0]); if (!x[0]) r.lastIndex++; } return out; });
t('backref to later group', function () { return /\1(a)/.exec('aa')[0]; });
t('backref in negative lookahead', function () { return /(?!(a))\1b/.exec('b')[0]; });
