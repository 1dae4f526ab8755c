// Destructuring observes user changes to array and string iteration.
const [a, b] = [1, 2];
console.log(a, b);
const savedArray = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  let n = 0;
  return { next: () => ({ value: 'patched' + n++, done: n > 2 }) };
};
const [p, q, r] = [1, 2, 3];
console.log(p, q, r);
Array.prototype[Symbol.iterator] = savedArray;
const savedString = String.prototype[Symbol.iterator];
String.prototype[Symbol.iterator] = function () { return [this.toUpperCase()][Symbol.iterator](); };
const [whole] = 'abc';
console.log(whole);
String.prototype[Symbol.iterator] = savedString;
const arrayIterProto = Object.getPrototypeOf([][Symbol.iterator]());
const savedNext = arrayIterProto.next;
arrayIterProto.next = function () { const r = savedNext.call(this); if (!r.done) r.value *= 10; return r; };
const [m, n] = [1, 2];
console.log(m, n);
arrayIterProto.next = savedNext;
const own = [1, 2];
own[Symbol.iterator] = function () { return ['own'][Symbol.iterator](); };
const [o1, o2] = own;
console.log(o1, o2);
