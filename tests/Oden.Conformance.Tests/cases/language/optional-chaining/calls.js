// ?.() calls, method calls keep their receiver as this, and short-circuit the whole chain.
const o = {
  name: 'o',
  method() { return this.name; },
  nested: { name: 'nested', method() { return this.name; } },
  returnsNull() { return null; },
};
console.log(o.method?.(), o.missing?.(), o.nested?.method(), o?.nested.method?.());
console.log(o['method']?.(), o?.['nested']?.['method']?.());
let f;
console.log(f?.(), f?.().x.y);
f = function () { return typeof this; };
console.log(f?.());
console.log(o.returnsNull?.()?.x, o.returnsNull()?.x.y.z);
let calls = 0;
const count = () => ++calls;
console.log(o.missing?.(count()), calls);
console.log(o.method?.(count()), calls);
try { o.name?.(); } catch (e) { console.log('not callable', e.constructor.name); }
try { o.missing.method?.(); } catch (e) { console.log('before chain', e.constructor.name); }
const arr = [1, 2, 3];
console.log(arr.map?.((x) => x * 2), arr.nope?.(1));
console.log(Math.max?.(...arr), Math.nope?.(...arr));
class_like: {
  const proto = { greet() { return 'hi ' + this.who; } };
  const inst = Object.create(proto);
  inst.who = 'there';
  console.log(inst.greet?.(), inst?.greet());
}
