function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var d = new Date(2021, 6, 4, 12, 30);
t('local equals utc under TZ=UTC', function () { return [d.getHours() === d.getUTCHours(), d.getTimezoneOffset(), d.toISOString()]; });
t('Date.UTC vs new Date', function () { return Date.UTC(2021, 6, 4, 12, 30) === d.getTime(); });
t('string forms', function () { return [d.toString(), d.toTimeString(), d.toLocaleDateString('en-US', { timeZone: 'UTC' })]; });
t('toISOString range error', function () { return new Date(8.64e15).toISOString() + ' ' + (function () { try { return new Date(NaN).toISOString(); } catch (e) { return e.name; } })(); });
t('year 10000', function () { return new Date(Date.UTC(10000, 0, 1)).toISOString(); });
t('year -1', function () { return new Date(Date.UTC(-1, 11, 31, 23, 59, 59, 999)).toISOString(); });
t('getDay of epoch', function () { return [new Date(0).getUTCDay(), new Date(-864e5).getUTCDay()]; });
t('month names in toString', function () { var out = []; for (var m = 0; m < 12; m++) out.push(new Date(Date.UTC(2020, m, 1)).toUTCString().split(' ')[2]); return out.join(','); });
t('day names in toString', function () { var out = []; for (var i = 0; i < 7; i++) out.push(new Date(Date.UTC(2020, 0, 5 + i)).toDateString().slice(0, 3)); return out.join(','); });
