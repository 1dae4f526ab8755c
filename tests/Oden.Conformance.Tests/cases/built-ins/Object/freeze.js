var inner = { deep: 1 };
var o = Object.freeze({ a: 1, inner: inner });
o.a = 2;
o.b = 3;
delete o.a;
o.inner.deep = 2;
console.log(JSON.stringify(o), Object.isFrozen(o), Object.isFrozen(inner));
console.log(Object.isExtensible(o), Object.isSealed(o));
var d = Object.getOwnPropertyDescriptor(o, 'a');
console.log(d.writable, d.configurable);
var arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log('push on frozen array:', e.name); }
console.log(arr.length, Object.freeze(5), Object.isFrozen('str'));
