function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('Date.now integer', function () { var n = Date.now(); return Number.isInteger(n); });
t('new Date() close to now', function () { return Math.abs(new Date().getTime() - Date.now()) < 5000; });
t('Date() is string of now', function () { return typeof Date() === 'string' && Date().length > 20; });
t('Date(value) ignores value', function () { return typeof Date(0) + ' ' + (Date(0).indexOf('1970') < 0); });
t('new Date(undefined)', function () { return new Date(undefined).getTime(); });
t('new Date(null)', function () { return new Date(null).getTime(); });
t('new Date(true)', function () { return new Date(true).getTime(); });
t('new Date(array)', function () { return new Date([2020, 1]).getTime() === Date.parse('2020,1') || new Date([2020, 1]).getTime(); });
t('new Date("")', function () { return new Date('').getTime(); });
