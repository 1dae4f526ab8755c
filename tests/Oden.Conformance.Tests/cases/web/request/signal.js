// A request's signal follows the init signal: aborting the controller aborts the request's signal.
const c = new AbortController();
const r = new Request('http://h/', { signal: c.signal });
console.log(r.signal === c.signal, r.signal.aborted);
let fired = 0;
r.signal.addEventListener('abort', () => fired++);
c.abort('why');
console.log(r.signal.aborted, r.signal.reason, fired);
const pre = new Request('http://h/', { signal: AbortSignal.abort('early') });
console.log(pre.signal.aborted, pre.signal.reason);
const clone = r.clone();
console.log(clone.signal.aborted, clone.signal.reason);
const follow = new Request(new Request('http://h/', { signal: c.signal }));
console.log(follow.signal.aborted);
const detached = new Request(new Request('http://h/', { signal: AbortSignal.abort() }), { signal: null });
console.log(detached.signal.aborted);
