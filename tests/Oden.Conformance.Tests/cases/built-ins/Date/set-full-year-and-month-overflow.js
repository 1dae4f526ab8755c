function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function iso(d) { return isNaN(d) ? 'Invalid' : d.toISOString(); }
t('Jan 31 + 1 month', function () { var d = new Date(Date.UTC(2023, 0, 31)); d.setUTCMonth(1); return iso(d); });
t('leap day next year', function () { var d = new Date(Date.UTC(2024, 1, 29)); d.setUTCFullYear(2025); return iso(d); });
t('negative date', function () { var d = new Date(Date.UTC(2024, 2, 1)); d.setUTCDate(-1); return iso(d); });
t('hours 24', function () { var d = new Date(Date.UTC(2024, 0, 1)); d.setUTCHours(24); return iso(d); });
t('setFullYear with month and date', function () { var d = new Date(0); d.setUTCFullYear(2000, 11, 31); return iso(d); });
t('setMinutes with seconds and ms', function () { var d = new Date(0); d.setUTCMinutes(1, 2, 3); return iso(d); });
t('returns time value', function () { var d = new Date(0); return [d.setUTCSeconds(1), d.setUTCMilliseconds(NaN)]; });
t('Infinity arg', function () { var d = new Date(0); return d.setUTCDate(Infinity); });
