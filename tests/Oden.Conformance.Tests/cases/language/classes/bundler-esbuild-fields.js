// The helpers esbuild emits for class fields when targeting ES2017-ES2021.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => {
  __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  return value;
};
class Store {
  constructor(name) {
    __publicField(this, "items", []);
    __publicField(this, "name");
    this.name = name;
  }
  add(x) { this.items.push(x); return this; }
}
__publicField(Store, "instances", 0);
__publicField(Store, "VERSION", "1.0");
const s = new Store("s1").add(1).add(2);
console.log(s.name, JSON.stringify(s.items), Store.VERSION, Store.instances);
console.log(JSON.stringify(Object.keys(s)), JSON.stringify(Object.getOwnPropertyDescriptor(s, "items")));
class Derived extends Store {
  constructor() {
    super("derived");
    __publicField(this, "extra", true);
  }
}
const d = new Derived();
console.log(d.name, d.extra, d instanceof Store, JSON.stringify(Object.keys(d)));
const _Counter = class _Counter {
  constructor() { this.id = ++_Counter.count; }
};
let Counter = _Counter;
__publicField(Counter, "count", 0);
new Counter(); new Counter();
console.log(new Counter().id, Counter.count);
