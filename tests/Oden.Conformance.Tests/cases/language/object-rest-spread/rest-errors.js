// Object rest on null/undefined throws; getters that throw propagate; the copy happens after earlier reads.
function attempt(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name); } }
attempt('null', () => { const { ...r } = null; return r; });
attempt('undefined', () => { const { ...r } = undefined; return r; });
attempt('number', () => { const { ...r } = 5; return JSON.stringify(r); });
attempt('getter throws', () => { const { ...r } = { get boom() { throw new RangeError(); } }; return r; });
attempt('excluded getter not called', () => { const { boom, ...r } = { get boom() { return 'once'; } }; return boom + JSON.stringify(r); });
const log = [];
const src = { get a() { log.push('a'); return 1; }, get b() { log.push('b'); return 2; }, get c() { log.push('c'); return 3; } };
const { b, ...rest } = src;
console.log(log.join(), JSON.stringify(rest));
