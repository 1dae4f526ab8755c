// size, brand checks, toStringTag and the enumerable interface members.
const p = new URLSearchParams('a=1&a=2');
console.log(p.size, new URLSearchParams().size);
console.log(Object.prototype.toString.call(p), URLSearchParams.length, URLSearchParams.name);
console.log(Object.keys(URLSearchParams.prototype).sort().join());
for (const name of ['append', 'get', 'toString', 'sort']) {
  try { URLSearchParams.prototype[name].call({}, 'a', 'b'); console.log(name, 'ok'); } catch (e) { console.log(name, e.constructor.name); }
}
try { Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call([]); } catch (e) { console.log('size', e.constructor.name); }
