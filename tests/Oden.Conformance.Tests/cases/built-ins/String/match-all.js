function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function all(it) { return Array.from(it).map(function (m) { return m[0] + '@' + m.index; }).join(' '); }
t('basic', function () { return all('a1b22c333'.matchAll(/\d+/g)); });
t('groups', function () { var m = Array.from('k=v;x=y'.matchAll(/(?<k>\w)=(?<v>\w)/g)); return m.map(function (r) { return r.groups.k + r.groups.v + r[1]; }).join(); });
t('non-global throws', function () { return 'a'.matchAll(/a/); });
t('string arg', function () { return all('a.b.c'.matchAll('.')); });
t('empty matches advance', function () { return all('abc'.matchAll(/(?:)/g)); });
t('unicode empty', function () { return all('\uD83D\uDE00x'.matchAll(/(?:)/gu)); });
t('lastIndex not shared', function () { var r = /a/g; r.lastIndex = 1; var it = 'aaa'.matchAll(r); var first = it.next().value.index; return [first, r.lastIndex]; });
t('iterator tag', function () { return Object.prototype.toString.call('a'.matchAll(/a/g)); });
t('iterator proto', function () { var p = Object.getPrototypeOf('a'.matchAll(/a/g)); return [typeof p.next, p[Symbol.toStringTag], Object.getPrototypeOf(p) === Object.getPrototypeOf(Object.getPrototypeOf([].values()))]; });
t('done after', function () { var it = 'a'.matchAll(/a/g); it.next(); return [it.next().done, it.next().done]; });
t('sticky', function () { return all('aab'.matchAll(/a/gy)); });
t('null', function () { return all('null'.matchAll(null)); });
t('input', function () { var m = 'xy'.matchAll(/y/g).next().value; return [m.input, m.length]; });
t('length', function () { return ''.matchAll.length; });
