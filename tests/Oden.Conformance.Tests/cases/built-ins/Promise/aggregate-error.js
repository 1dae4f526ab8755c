function t(l, f) { try { console.log(l, f()); } catch (e) { console.log(l, 'threw', e.constructor.name); } }
var e = new AggregateError([1, 2], 'msg', { cause: 'c' });
t('name message', function () { return [e.name, e.message, e.cause]; });
t('errors copy', function () { var src = [1]; var x = new AggregateError(src); return [x.errors !== src, x.errors.length]; });
t('errors desc', function () { var d = Object.getOwnPropertyDescriptor(e, 'errors'); return [d.enumerable, d.writable, d.configurable, Array.isArray(d.value)]; });
t('own keys', function () { return Object.getOwnPropertyNames(e).filter(function (k) { return k !== 'stack'; }).sort().join(); });
t('no message', function () { return Object.prototype.hasOwnProperty.call(new AggregateError([]), 'message'); });
t('iterable required', function () { return new AggregateError(5); });
t('from Set', function () { return new AggregateError(new Set(['a', 'b'])).errors.join(); });
t('no new', function () { return AggregateError([]) instanceof AggregateError; });
t('proto chain', function () { return [Object.getPrototypeOf(AggregateError) === Error, Object.getPrototypeOf(AggregateError.prototype) === Error.prototype]; });
t('lengths', function () { return [AggregateError.length, AggregateError.name, AggregateError.prototype.name, AggregateError.prototype.message === '']; });
t('toString', function () { return String(new AggregateError([], 'boom')); });
