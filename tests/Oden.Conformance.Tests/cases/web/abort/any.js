// AbortSignal.any follows whichever source aborts first.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log(any.aborted);
let events = 0;
any.addEventListener('abort', () => events++);
b.abort('b first');
console.log(any.aborted, any.reason, events);
a.abort('a later');
console.log(any.reason, events);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('already')]);
console.log(pre.aborted, pre.reason);
console.log(AbortSignal.any([]).aborted);
try { AbortSignal.any([{}]); } catch (e) { console.log(e.constructor.name); }
