function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var d = new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
t('utc getters', function () { return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()]; });
t('local (TZ=UTC)', function () { return [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getTimezoneOffset()]; });
t('invalid getters', function () { var x = new Date(NaN); return [x.getFullYear(), x.getUTCDay(), x.getTimezoneOffset(), x.getTime()]; });
t('negative years', function () { var x = new Date(Date.UTC(-1, 0, 1)); return [x.getUTCFullYear(), x.toISOString(), x.getUTCDay()]; });
t('year 0', function () { var x = new Date(Date.UTC(0, 0, 1)); x.setUTCFullYear(0); return [x.toISOString(), x.getUTCDay()]; });
t('before epoch', function () { var x = new Date(-1); return [x.getUTCFullYear(), x.getUTCMilliseconds(), x.toISOString()]; });
t('far future', function () { var x = new Date(8.64e15); return [x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate(), x.toISOString()]; });
t('far past', function () { return new Date(-8.64e15).toISOString(); });
t('leap years', function () { return [1900, 2000, 2004, 2100].map(function (y) { return new Date(Date.UTC(y, 1, 29)).getUTCMonth(); }); });
t('valueOf', function () { return [d.valueOf() === d.getTime(), +d === d.getTime()]; });
t('getter wrong this', function () { return Date.prototype.getTime.call({}); });
t('getYear', function () { return [d.getYear(), new Date(Date.UTC(1899, 0)).getYear()]; });
