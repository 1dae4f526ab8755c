function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function iso(ms) { return new Date(ms).toISOString(); }
var day = 864e5;
t('add days', function () { var d = new Date(Date.UTC(2024, 0, 31)); d.setUTCDate(d.getUTCDate() + 30); return d.toISOString(); });
t('diff days', function () { return (Date.UTC(2024, 2, 1) - Date.UTC(2024, 1, 1)) / day; });
t('subtract dates', function () { return new Date(2000, 0, 2) - new Date(2000, 0, 1); });
t('add number', function () { return typeof (new Date(0) + 1); });
t('compare', function () { return [new Date(1) < new Date(2), new Date(1) == new Date(1), +new Date(1) === +new Date(1)]; });
t('month ends', function () { return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(function (m) { return new Date(Date.UTC(2023, m + 1, 0)).getUTCDate(); }).join(); });
t('week day table', function () { var out = []; for (var i = 0; i < 7; i++) out.push(new Date(Date.UTC(2024, 0, 1 + i)).getUTCDay()); return out.join(); });
t('iso week-ish', function () { var d = new Date(Date.UTC(2021, 0, 1)); var start = Date.UTC(2021, 0, 1); return Math.floor((Date.UTC(2021, 11, 31) - start) / day); });
t('1e8 days', function () { return [iso(1e8 * day), iso(-1e8 * day)]; });
t('UTC rollovers', function () { return iso(Date.UTC(2019, 11, 31, 23, 59, 59, 1000)); });
t('negative month', function () { return iso(Date.UTC(2020, -1, 1)); });
t('big ms overflow', function () { return Date.UTC(275760, 8, 13, 0, 0, 0, 1); });
