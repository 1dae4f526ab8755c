function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('cause', function () { var e = new Error('m', { cause: 'why' }); return [e.cause, e.hasOwnProperty('cause')]; });
t('cause undefined present', function () { var e = new Error('m', { cause: undefined }); return [e.hasOwnProperty('cause'), e.cause]; });
t('no cause', function () { return new Error('m', {}).hasOwnProperty('cause'); });
t('options non-object', function () { return new Error('m', 'cause').hasOwnProperty('cause'); });
t('cause desc', function () { var d = Object.getOwnPropertyDescriptor(new Error('m', { cause: 1 }), 'cause'); return [d.writable, d.enumerable, d.configurable]; });
t('cause getter', function () { var n = 0; var o = { get cause() { n++; return 'g'; } }; var e = new TypeError('m', o); return [e.cause, n]; });
t('inherited cause', function () { return new RangeError('m', Object.create({ cause: 'inh' })).cause; });
t('subclasses', function () { return [TypeError, RangeError, SyntaxError, ReferenceError, URIError, EvalError].map(function (C) { return new C('x', { cause: C.name }).cause; }).join(); });
t('aggregate cause', function () { return new AggregateError([], 'm', { cause: 'agg' }).cause; });
t('message desc', function () { var d = Object.getOwnPropertyDescriptor(new Error('hi'), 'message'); return [d.value, d.writable, d.enumerable, d.configurable]; });
t('message undefined', function () { return new Error(undefined).hasOwnProperty('message'); });
t('message coerced', function () { return [new Error(5).message, new Error({ toString: function () { return 'obj'; } }).message, new Error(null).message]; });
t('message symbol', function () { return new Error(Symbol()); });
t('order message then cause', function () { var log = []; new Error({ toString: function () { log.push('msg'); return ''; } }, { get cause() { log.push('cause'); } }); return log; });
