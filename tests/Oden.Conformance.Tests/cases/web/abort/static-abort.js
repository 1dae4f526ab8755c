// AbortSignal.abort(reason) returns an already-aborted signal; AbortSignal cannot be constructed.
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name, s instanceof AbortSignal);
console.log(AbortSignal.abort('r').reason, AbortSignal.abort(0).reason);
try { new AbortSignal(); } catch (e) { console.log('new AbortSignal', e.constructor.name); }
try { AbortController(); } catch (e) { console.log('call AbortController', e.constructor.name); }
let fired = false;
s.addEventListener('abort', () => { fired = true; });
console.log(fired);
