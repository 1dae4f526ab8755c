function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var s = 'a\uD83D\uDE00b\uD83D\uDE00';
t('indexOf pair', function () { return [s.indexOf('\uD83D\uDE00'), s.lastIndexOf('\uD83D\uDE00'), s.indexOf('\uDE00')]; });
t('includes half', function () { return s.includes('\uD83D'); });
t('startsWith half', function () { return s.startsWith('\uDE00', 2); });
t('split by pair', function () { return s.split('\uD83D\uDE00'); });
t('slice through pair', function () { return s.slice(0, 2).length + ' ' + s.slice(2).charCodeAt(0).toString(16); });
t('replace pair', function () { return s.replace('\uD83D\uDE00', 'X'); });
t('padEnd with pair', function () { return 'x'.padEnd(4, '\uD83D\uDE00').length; });
t('repeat pair', function () { return Array.from('\uD83D\uDE00'.repeat(3)).length; });
