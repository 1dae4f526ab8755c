function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('whitespace', function () { return [Date.parse(' 2024-01-01'), Date.parse('2024-01-01 ')]; });
t('lowercase month names', function () { return [Date.parse('jan 2 2020'), Date.parse('JANUARY 2, 2020')]; });
t('time only', function () { return Date.parse('10:00'); });
t('2-digit year', function () { return [Date.parse('1/2/99'), Date.parse('1/2/49'), Date.parse('1/2/50')]; });
t('day names ignored', function () { return Date.parse('Monday, Jan 1 2024 00:00 UTC') === Date.parse('Jan 1 2024 00:00 UTC'); });
t('bad day', function () { return [Date.parse('2024-01-32'), Date.parse('2024-00-10')]; });
t('UTC suffix variants', function () { return [Date.parse('2024-01-01T00:00Z'), Date.parse('2024-01-01T00:00:00+00'), Date.parse('2024-01-01T00:00:00 +0000')]; });
t('offset hours only', function () { return Date.parse('Jan 1 2020 10:00 GMT+2'); });
t('limits', function () { return [Date.parse('+275760-09-13T00:00:00.000Z'), Date.parse('-271821-04-20T00:00:00.000Z'), Date.parse('-271821-04-19T23:59:59.999Z')]; });
t('new Date(string) equals parse', function () { return new Date('2020-02-29T12:00:00Z').getTime() === Date.parse('2020-02-29T12:00:00Z'); });
t('fractional seconds digits', function () { return [Date.parse('2020-01-01T00:00:00.1Z'), Date.parse('2020-01-01T00:00:00.12Z'), Date.parse('2020-01-01T00:00:00.1239Z')]; });
