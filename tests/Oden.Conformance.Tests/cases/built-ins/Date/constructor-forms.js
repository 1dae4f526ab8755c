function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('ms', function () { return new Date(0).toISOString(); });
t('string', function () { return new Date('2020-01-02T03:04:05Z').getTime(); });
t('components', function () { return new Date(2020, 0, 31, 25, 61, 61, 1001).toISOString(); });
t('year 0-99', function () { return [new Date(99, 0).getFullYear(), new Date(100, 0).getFullYear(), new Date(-1, 0).getFullYear()]; });
t('month overflow', function () { return new Date(2020, 13, 1).toISOString(); });
t('one arg year-like number', function () { return new Date(2020).getTime(); });
t('NaN component', function () { return new Date(2020, NaN).getTime(); });
t('out of range', function () { return [new Date(8.64e15).getTime(), new Date(8.64e15 + 1).getTime(), new Date(-8.64e15).toISOString()]; });
t('TimeClip -0', function () { return Object.is(new Date(-0).getTime(), 0); });
t('fractional ms', function () { return new Date(1.9).getTime() + ' ' + new Date(-1.9).getTime(); });
t('Date object arg', function () { var d = new Date(5); return new Date(d).getTime(); });
t('valueOf order', function () { var log = []; new Date({ valueOf: function () { log.push('y'); return 2000; } }, { valueOf: function () { log.push('m'); return 1; } }); return log; });
t('toPrimitive string', function () { return new Date({ toString: function () { return '1970-01-01T00:00:01Z'; }, valueOf: undefined }).getTime(); });
t('Date() string', function () { return typeof Date() + ' ' + typeof Date(0); });
t('UTC', function () { return [Date.UTC(2020), Date.UTC(2020, 1), Date.UTC(), Date.UTC(99, 0), Date.UTC(2020, 0, 1, 0, 0, 0, 0.9)]; });
t('lengths', function () { return [Date.length, Date.UTC.length, Date.parse.length, Date.now.length]; });
t('now number', function () { return typeof Date.now() === 'number' && Date.now() > 1.5e12; });
