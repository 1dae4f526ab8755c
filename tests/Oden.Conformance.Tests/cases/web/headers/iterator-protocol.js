// The Headers Iterator: its prototype, toStringTag, and live iteration.
const h = new Headers([['b', '2'], ['a', '1']]);
const it = h.entries();
const proto = Object.getPrototypeOf(it);
console.log(Object.prototype.toString.call(it), typeof proto.next, proto[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(it[Symbol.iterator]() === it);
console.log(JSON.stringify(it.next()));
h.append('c', '3');
h.append('0', 'zero');
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
const keys = h.keys();
console.log(JSON.stringify(keys.next()), JSON.stringify(h.values().next()));
try { proto.next.call({}); } catch (e) { console.log(e.constructor.name); }
