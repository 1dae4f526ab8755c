// FunctionDeclarationInstantiation (defaults, destructuring, rest) runs when a generator is called,
// before the generator object is returned; its errors throw from the call.
const log = [];
function* g(a = log.push('default'), { b } = { b: log.push('pattern') }, ...rest) { log.push('body'); yield [a, b, rest.length]; }
const it = g(undefined, undefined, 1, 2);
log.push('called');
console.log(log.join(), JSON.stringify(it.next().value), log.join());
function* needsObject({ x }) { yield x; }
try { needsObject(); console.log('no throw'); } catch (e) { console.log('call threw', e.constructor.name); }
function* tdz(a = b, b) {}
try { tdz(); console.log('no throw'); } catch (e) { console.log('call threw', e.constructor.name); }
const closeLog = [];
const iterable = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: ++i, done: false }), return() { closeLog.push('closed'); return {}; } }; } };
function* pair([p, q] = iterable) { yield p + q; }
const pi = pair();
console.log(closeLog.join(), pi.next().value);
async function* ag({ y }) { yield y; }
try { ag(); console.log('no throw'); } catch (e) { console.log('async generator call threw', e.constructor.name); }
ag({ y: 'y' }).next().then((r) => console.log('async generator', r.value));
async function af({ z }) { return z; }
try { af().catch((e) => console.log('async function rejected', e.constructor.name)); } catch { console.log('async function threw'); }
class C { *m(q = this.v) { yield q; } }
const c = new C(); c.v = 42; const mi = c.m(); c.v = 0;
console.log('method', mi.next().value);
