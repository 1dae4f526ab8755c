function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var fns = ['parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURI', 'decodeURI', 'encodeURIComponent', 'decodeURIComponent', 'escape', 'unescape'];
t('not constructors', function () { return fns.map(function (n) { try { new globalThis[n](''); return 'ctor'; } catch (e) { return e.name; } }).join(); });
t('no prototype', function () { return fns.filter(function (n) { return globalThis[n].hasOwnProperty('prototype'); }).length; });
t('names and lengths', function () { return fns.map(function (n) { return globalThis[n].name + '/' + globalThis[n].length; }).join(' '); });
t('called with this ignored', function () { return parseInt.call({}, '10', 2); });
