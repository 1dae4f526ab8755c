function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('exists', function () { return [typeof Error.captureStackTrace, Error.captureStackTrace.length]; });
t('adds stack', function () { var o = {}; Error.captureStackTrace(o); return [o.hasOwnProperty('stack'), typeof o.stack]; });
t('stack desc', function () { var o = {}; Error.captureStackTrace(o); var d = Object.getOwnPropertyDescriptor(o, 'stack'); return [d.enumerable, d.configurable, 'value' in d || typeof d.get]; });
t('returns undefined', function () { return Error.captureStackTrace({}); });
t('non-object', function () { return Error.captureStackTrace(1); });
t('with constructorOpt', function () { function f() { var o = {}; Error.captureStackTrace(o, f); return o; } return typeof f().stack; });
t('stack starts with toString', function () { var o = { name: 'N', message: 'M' }; Error.captureStackTrace(o); return o.stack.split('\n')[0]; });
t('error stack own', function () { var e = new Error('x'); return [e.hasOwnProperty('stack'), typeof e.stack, e.stack.split('\n')[0]]; });
t('stack first line custom name', function () { var e = new TypeError('bad'); return e.stack.split('\n')[0]; });
t('stack writable', function () { var e = new Error('x'); e.stack = 'custom'; return e.stack; });
t('frozen object', function () { return Error.captureStackTrace(Object.freeze({})); });
t('stackTraceLimit', function () { return typeof Error.stackTraceLimit; });
t('stackTraceLimit desc', function () { var d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'); return [d.value, d.writable, d.enumerable, d.configurable]; });
function depth(n) { return n === 0 ? new Error('deep') : depth(n - 1); }
function frames(e) { return e.stack.split('\n').length - 1; }
t('default keeps 10 frames', function () { return frames(depth(20)); });
t('limit 3', function () { Error.stackTraceLimit = 3; var n = frames(depth(20)); Error.stackTraceLimit = 10; return n; });
t('limit 0', function () { Error.stackTraceLimit = 0; var e = depth(5); Error.stackTraceLimit = 10; return [frames(e), e.stack]; });
t('limit non-number', function () { Error.stackTraceLimit = 'x'; var e = depth(5); Error.stackTraceLimit = 10; return frames(e); });
t('limit applies to thrown TypeError', function () { Error.stackTraceLimit = 2; try { depth(3); null.x; } catch (e) { Error.stackTraceLimit = 10; return frames(e); } });
t('captureStackTrace uses limit', function () { Error.stackTraceLimit = 1; var o = {}; (function a() { (function b() { Error.captureStackTrace(o); })(); })(); Error.stackTraceLimit = 10; return o.stack.split('\n').length - 1; });
