// The AbortController/AbortSignal interfaces.
console.log(Object.keys(AbortController.prototype).sort().join());
console.log(['aborted', 'reason', 'throwIfAborted', 'onabort'].every(k => k in AbortSignal.prototype));
console.log(typeof AbortSignal.abort, typeof AbortSignal.timeout, typeof AbortSignal.any);
console.log(Object.prototype.toString.call(new AbortController()), Object.prototype.toString.call(new AbortController().signal));
for (const k of ['aborted', 'reason']) {
  try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, k).get.call({}); console.log(k, 'ok'); } catch (e) { console.log(k, e.constructor.name); }
}
try { AbortController.prototype.abort.call({}); } catch (e) { console.log('abort brand', e.constructor.name); }
console.log(AbortController.length, AbortSignal.abort.length, AbortSignal.timeout.length);
