function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var s = 'hello';
t('at', function () { return [s.at(), s.at(0), s.at(-1), s.at(-5), s.at(-6), s.at(5), s.at('1'), s.at(1.7), s.at(-1.7), s.at(NaN), s.at(Infinity)]; });
t('at on number', function () { return String.prototype.at.call(12345, -2); });
t('at null', function () { return String.prototype.at.call(null, 0); });
t('indexOf position coercion', function () { return [s.indexOf('l', '3'), s.indexOf('l', -10), s.indexOf('l', Infinity), s.indexOf('l', NaN)]; });
t('lastIndexOf position', function () { return [s.lastIndexOf('l', 2), s.lastIndexOf('l', -1), s.lastIndexOf('h', -Infinity), s.lastIndexOf('o', Infinity)]; });
t('searchString coercion', function () { return ['a1null'.indexOf(null), 'a1'.indexOf(1), 'undefined'.indexOf()]; });
t('substring args coercion order', function () { var log = []; s.substring({ valueOf: function () { log.push('a'); return 1; } }, { valueOf: function () { log.push('b'); return 3; } }); return log; });
t('length immutable', function () { var x = 'abc'; x.length = 1; return x.length; });
t('index assignment ignored', function () { var x = 'abc'; x[0] = 'z'; return x; });
t('strict index assignment', function () { 'use strict'; var x = 'abc'; try { x[0] = 'z'; } catch (e) { return e.name; } });
