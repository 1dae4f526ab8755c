function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('own non-enumerable', function () { var e = new Error('x'); var d = Object.getOwnPropertyDescriptor(e, 'stack'); return [d.enumerable, d.configurable, typeof e.stack]; });
t('first line', function () { return new RangeError('bad value').stack.split('\n')[0]; });
t('has at lines', function () { return /\n    at /.test(new Error('x').stack); });
t('json skips stack', function () { return JSON.stringify(new Error('x')); });
t('keys skip stack', function () { return Object.keys(new Error('x')).length; });
t('delete stack', function () { var e = new Error('x'); delete e.stack; return e.hasOwnProperty('stack'); });
t('assign stack', function () { var e = new Error('x'); e.stack = 'mine'; return e.stack; });
t('thrown engine error has stack', function () { try { null.f(); } catch (e) { return [typeof e.stack, e.stack.split('\n')[0].indexOf('TypeError') === 0]; } });
t('stack reflects message at creation', function () { var e = new Error('before'); e.message = 'after'; return e.stack.split('\n')[0]; });
