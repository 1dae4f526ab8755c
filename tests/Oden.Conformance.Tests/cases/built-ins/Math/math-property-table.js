function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var names = Object.getOwnPropertyNames(Math).sort();
t('names', function () { return names.join(','); });
t('functions', function () { return names.filter(function (n) { return typeof Math[n] === 'function'; }).map(function (n) { return n + '/' + Math[n].length; }).join(' '); });
t('constants', function () { return names.filter(function (n) { return typeof Math[n] === 'number'; }).map(function (n) { var d = Object.getOwnPropertyDescriptor(Math, n); return n + ':' + d.writable + d.enumerable + d.configurable; }).join(' '); });
t('fn attrs', function () { var d = Object.getOwnPropertyDescriptor(Math, 'max'); return [d.writable, d.enumerable, d.configurable]; });
t('not constructor', function () { try { new Math.max(); } catch (e) { return e.name; } });
t('no prototype', function () { return Math.max.hasOwnProperty('prototype'); });
t('Math not callable', function () { try { Math(); } catch (e) { return e.name; } });
t('tag', function () { return Math[Symbol.toStringTag]; });
t('random range', function () { for (var i = 0; i < 1000; i++) { var v = Math.random(); if (!(v >= 0 && v < 1)) return 'bad'; } return 'ok'; });
