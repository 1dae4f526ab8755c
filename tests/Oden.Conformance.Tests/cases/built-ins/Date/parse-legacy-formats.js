function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var inputs = ['Sat Mar 09 2024 10:20:30 GMT+0000 (Coordinated Universal Time)', 'Sat, 09 Mar 2024 10:20:30 GMT', 'Mar 9, 2024', 'March 9, 2024 10:20:30', '9 March 2024', 'Sat Mar 09 2024', '2024/03/09', '2024/03/09 10:20', '03/09/2024', '3/9/2024 10:20:30 PM', 'Mar 9 2024 10:20 GMT+0100', 'Thu, 01 Jan 1970 00:00:00 GMT+0130', 'Tue Mar 05 2024 01:02:03 UTC', 'Mar 9, 2024 12:00 AM', 'Mar 9, 2024 12:30 PM', 'December 17, 1995 03:24:00', '1995-12-17T03:24:00', 'Sun Dec 17 1995 03:24:00 GMT', 'not a date', '', '2024-03-09T10:20:30 GMT'];
inputs.forEach(function (s) { t(JSON.stringify(s), function () { return Date.parse(s); }); });
t('roundtrip toString', function () { var d = new Date(2020, 5, 15, 13, 45, 7); return Date.parse(d.toString()) === Math.floor(d.getTime() / 1000) * 1000; });
t('roundtrip toUTCString', function () { var d = new Date(1e12); return Date.parse(d.toUTCString()); });
t('roundtrip toISOString', function () { var d = new Date(1e12 + 123); return Date.parse(d.toISOString()); });
