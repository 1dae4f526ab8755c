// throwIfAborted throws the reason itself.
const c = new AbortController();
c.signal.throwIfAborted();
console.log('not aborted: no throw');
c.abort('plain string');
try { c.signal.throwIfAborted(); } catch (e) { console.log('threw', e); }
const d = new AbortController();
d.abort();
try { d.signal.throwIfAborted(); } catch (e) { console.log(e.name, e instanceof DOMException, e instanceof Error); }
const reason = { custom: true };
try { AbortSignal.abort(reason).throwIfAborted(); } catch (e) { console.log(e === reason); }
