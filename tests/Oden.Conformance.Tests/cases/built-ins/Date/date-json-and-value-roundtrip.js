function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var dates = [0, 1e12, -1e12, 8.64e15, -8.64e15, 1234567890123].map(function (ms) { return new Date(ms); });
t('toJSON', function () { return dates.map(function (d) { return d.toJSON(); }).join(' '); });
t('JSON roundtrip', function () { return dates.every(function (d) { return new Date(JSON.parse(JSON.stringify(d))).getTime() === d.getTime(); }); });
t('valueOf', function () { return dates.map(Number).join(); });
t('toUTCString', function () { return dates.slice(0, 3).map(function (d) { return d.toUTCString(); }).join(' | '); });
t('extreme toString', function () { return [dates[3].toString(), dates[4].toUTCString()]; });
