function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function d0() { return new Date(Date.UTC(2020, 5, 15, 12, 30, 45, 500)); }
t('setMonth NaN', function () { var d = d0(); return [d.setUTCMonth(NaN), d.getTime()]; });
t('setFullYear on invalid', function () { var d = new Date(NaN); return new Date(d.setUTCFullYear(2021)).toISOString(); });
t('setHours on invalid', function () { var d = new Date(NaN); return d.setUTCHours(1); });
t('setDate on invalid coerces', function () { var n = 0; var d = new Date(NaN); d.setUTCDate({ valueOf: function () { n++; return 1; } }); return n; });
t('setUTCHours multi', function () { var d = d0(); d.setUTCHours(1, 2, 3, 4); return d.toISOString(); });
t('setUTCMinutes overflow', function () { var d = d0(); d.setUTCMinutes(130); return d.toISOString(); });
t('setUTCSeconds negative', function () { var d = d0(); d.setUTCSeconds(-1); return d.toISOString(); });
t('setUTCMilliseconds', function () { var d = d0(); d.setUTCMilliseconds(1500.7); return d.toISOString(); });
t('setTime', function () { var d = d0(); return [d.setTime('5'), d.setTime(), d.setTime(8.64e15 + 1)]; });
t('setUTCDate 0', function () { var d = d0(); d.setUTCDate(0); return d.toISOString(); });
t('setUTCFullYear leap', function () { var d = new Date(Date.UTC(2020, 1, 29)); d.setUTCFullYear(2021); return d.toISOString(); });
t('setUTCMonth with date', function () { var d = d0(); d.setUTCMonth(1, 30); return d.toISOString(); });
t('arg coercion order', function () { var log = []; var d = d0(); d.setUTCHours({ valueOf: function () { log.push('h'); return 1; } }, { valueOf: function () { log.push('m'); return NaN; } }); return [log.join(), d.getTime()]; });
t('wrong this', function () { return Date.prototype.setUTCHours.call({}, 1); });
t('local setters UTC zone', function () { var d = d0(); d.setHours(0); d.setMinutes(0); d.setSeconds(0); d.setMilliseconds(0); d.setDate(1); d.setMonth(0); d.setFullYear(1999); return d.toISOString(); });
t('setYear', function () { var d = d0(); d.setYear(95); var a = d.getFullYear(); d.setYear(2005); return [a, d.getFullYear(), d0().getYear()]; });
