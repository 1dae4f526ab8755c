function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('positive lookbehind', function () { return 'price: $42, cost: $7'.match(/(?<=\$)\d+/g); });
t('negative lookbehind', function () { return 'a1 b2 a3'.match(/(?<!a)\d/g); });
t('lookbehind capture', function () { var m = /(?<=(\w)-)\d/.exec('x-5'); return [m[0], m[1]]; });
t('dotAll', function () { return [/a.b/.test('a\nb'), /a.b/s.test('a\nb'), /a.b/s.dotAll, /a.b/.dotAll]; });
t('flags order', function () { return new RegExp('x', 'ysmgiu').flags; });
t('flags getter generic', function () { var d = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags'); return d.get.call({ global: 1, sticky: 0, unicode: 'y', hasIndices: true, dotAll: true }); });
t('flags getter non-object', function () { return Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(1); });
t('bad flag', function () { return new RegExp('x', 'q'); });
t('dup flag', function () { return new RegExp('x', 'gg'); });
t('flag props on prototype', function () { return [RegExp.prototype.global, RegExp.prototype.source, RegExp.prototype.flags]; });
t('flag getter on non-regexp', function () { return Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}); });
t('hasIndices', function () { var m = /a(?<x>b)/d.exec('zab'); return JSON.stringify([m.indices, m.indices.groups]); });
t('indices unmatched', function () { var m = /a(x)?/d.exec('a'); return JSON.stringify(m.indices); });
t('sticky', function () { var r = /a/y; return [r.test('ba'), r.lastIndex, (r.lastIndex = 1, r.test('ba')), r.lastIndex]; });
t('sticky anchored ^', function () { var r = /^a/gy; r.lastIndex = 1; return r.test('aa'); });
t('multiline ^ with sticky', function () { var r = /^a/my; r.lastIndex = 2; return r.test('b\na'); });
