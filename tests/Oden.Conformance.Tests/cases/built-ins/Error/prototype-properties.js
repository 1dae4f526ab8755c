function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('Error.prototype keys', function () { return Object.getOwnPropertyNames(Error.prototype).sort().join(); });
t('subclass prototype keys', function () { return Object.getOwnPropertyNames(TypeError.prototype).sort().join(); });
t('name/message descs', function () { return ['name', 'message'].map(function (k) { var d = Object.getOwnPropertyDescriptor(Error.prototype, k); return k + ':' + d.value + d.writable + d.enumerable + d.configurable; }).join(' '); });
t('constructors', function () { return [TypeError, RangeError, SyntaxError, ReferenceError, URIError, EvalError].map(function (C) { return Object.getPrototypeOf(C) === Error && Object.getPrototypeOf(C.prototype) === Error.prototype && C.length === 1; }); });
t('no new', function () { var e = TypeError('x'); return [e instanceof TypeError, e.message]; });
t('toString generic', function () { return [Error.prototype.toString.call({ name: 'N', message: '' }), Error.prototype.toString.call({ message: 'm' }), Error.prototype.toString.call({ name: '', message: 'only' }), Error.prototype.toString.call({ name: undefined, message: undefined })]; });
t('toString non-object', function () { return Error.prototype.toString.call(1); });
t('instance own keys', function () { return Object.keys(new Error('x')).length; });
t('Error.prototype is not error', function () { return Object.prototype.toString.call(Error.prototype); });
t('custom via prototype', function () { function MyErr(m) { this.message = m; } MyErr.prototype = Object.create(Error.prototype); MyErr.prototype.name = 'MyErr'; var e = new MyErr('boom'); return [String(e), e instanceof Error, Object.prototype.toString.call(e)]; });
t('newTarget proto', function () { var e = Reflect.construct(Error, ['m'], Array); return [Object.getPrototypeOf(e) === Array.prototype, Object.prototype.toString.call(e)]; });
