// Signals with Request objects and stream readers.
const c = new AbortController();
const req = new Request('http://h/', { signal: c.signal, method: 'POST', body: 'x' });
const seen = [];
req.signal.onabort = () => seen.push('request signal aborted');
c.abort(new RangeError('stop'));
console.log(seen.join(), req.signal.reason instanceof RangeError);
const any = AbortSignal.any([req.signal]);
console.log(any.aborted, any.reason.constructor.name);
