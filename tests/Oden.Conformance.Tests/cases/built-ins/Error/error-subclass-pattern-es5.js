function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function HttpError(status, message) {
  var e = new Error(message);
  Object.setPrototypeOf(e, HttpError.prototype);
  e.status = status;
  return e;
}
HttpError.prototype = Object.create(Error.prototype, { constructor: { value: HttpError, writable: true, configurable: true }, name: { value: 'HttpError', writable: true, configurable: true } });
Object.setPrototypeOf(HttpError, Error);
var e = new HttpError(404, 'not found');
t('instanceof', function () { return [e instanceof HttpError, e instanceof Error]; });
t('toString', function () { return String(e); });
t('fields', function () { return [e.status, e.message, e.name]; });
t('stack first line', function () { return e.stack.split('\n')[0]; });
t('keys', function () { return Object.keys(e).join(); });
t('tag', function () { return Object.prototype.toString.call(e); });
t('captureStackTrace on custom', function () { var o = new HttpError(500, 'x'); Error.captureStackTrace(o, HttpError); return o.stack.split('\n')[0]; });
