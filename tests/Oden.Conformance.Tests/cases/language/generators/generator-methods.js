// generator methods in object literals, computed names and this
const key = 'dyn';
const obj = {
  base: 10,
  *count(n) { for (let i = 0; i < n; i++) yield this.base + i; },
  *[key + 'amic']() { yield 'computed'; },
  *[Symbol.iterator]() { yield* this.count(3); },
};
console.log(Array.from(obj.count(2)).join(','));
console.log(obj.dynamic().next().value, obj.dynamic.name);
console.log(Array.from(obj).join(','));
const sym = Symbol('desc');
const o2 = { *[sym]() {} };
console.log(o2[sym].name);
