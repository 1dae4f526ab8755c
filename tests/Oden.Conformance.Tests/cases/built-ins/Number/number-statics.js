function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('isInteger', function () { return [Number.isInteger(1), Number.isInteger(1.0), Number.isInteger(1.5), Number.isInteger('1'), Number.isInteger(Infinity), Number.isInteger(-0), Number.isInteger(2 ** 60)]; });
t('isSafeInteger', function () { return [Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(-(2 ** 53 - 1)), Number.isSafeInteger(1.5), Number.isSafeInteger('1')]; });
t('isFinite', function () { return [Number.isFinite(1), Number.isFinite('1'), Number.isFinite(Infinity), Number.isFinite(NaN), isFinite('1')]; });
t('isNaN', function () { return [Number.isNaN(NaN), Number.isNaN('NaN'), isNaN('NaN'), Number.isNaN(undefined)]; });
t('parse identity', function () { return [Number.parseFloat === parseFloat, Number.parseInt === parseInt]; });
t('constants', function () { return [Number.EPSILON === Math.pow(2, -52), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE]; });
t('constant attrs', function () { var d = Object.getOwnPropertyDescriptor(Number, 'EPSILON'); return [d.writable, d.enumerable, d.configurable]; });
t('NaN attrs', function () { var d = Object.getOwnPropertyDescriptor(Number, 'NaN'); return [d.writable, d.enumerable, d.configurable]; });
t('Number()', function () { return [Number(), Number(undefined), Number(null), Number(''), Number(' 12 '), Number('0x1F'), Number('0b101'), Number('0o17'), Number('-0x1'), Number('1e3'), Number('.5'), Number('5.'), Number('+.5e1')]; });
t('Number bad', function () { return [Number('1_000'), Number('0x'), Number('1e'), Number('Infinityx'), Number('-Infinity'), Number('infinity'), Number('00012'), Number('0.0e-0')]; });
t('Number(symbol)', function () { return Number(Symbol()); });
t('Number(obj)', function () { return [Number([]), Number([5]), Number([1, 2]), Number({}), Number(new Date(5)), Number(true)]; });
t('new Number', function () { var n = new Number('3'); return [typeof n, n + 1, n instanceof Number]; });
t('valueOf wrong this', function () { return Number.prototype.valueOf.call('1'); });
t('toLocaleString basic', function () { return [(1234.5).toLocaleString('en-US'), (0).toLocaleString()]; });
