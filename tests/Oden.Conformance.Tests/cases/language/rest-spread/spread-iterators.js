// Spread uses the iterator protocol: custom iterables, modified array iteration, errors.
const log = [];
const iterable = {
  [Symbol.iterator]() {
    log.push('iterator');
    let i = 0;
    return {
      next() { log.push('next'); return i < 2 ? { value: i++, done: false } : { value: 'ignored', done: true }; },
      return() { log.push('return'); return {}; },
    };
  },
};
console.log([...iterable], log.join(' '));
log.length = 0;
console.log(Math.max(...iterable), log.join(' '));
// Overriding Array.prototype[Symbol.iterator] is observed by spread
const saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  let done = false;
  return { next() { const r = { value: 'patched', done }; done = true; return r; } };
};
console.log([...[1, 2, 3]], Math.max(...[1, 2]) === Math.max('patched'));
Array.prototype[Symbol.iterator] = saved;
console.log([...[1, 2, 3]]);
// Overriding %ArrayIteratorPrototype%.next
const arrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
const savedNext = arrayIteratorProto.next;
let nextCalls = 0;
arrayIteratorProto.next = function () { nextCalls++; return savedNext.call(this); };
console.log([...[1, 2]], nextCalls);
const [d1, d2] = [3, 4];
console.log(d1, d2, nextCalls);
arrayIteratorProto.next = savedNext;
// errors
function attempt(label, f) { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); } }
attempt('spread number', () => [...1]);
attempt('spread null', () => Math.max(...null));
attempt('spread object', () => [...{}]);
attempt('next not object', () => [...{ [Symbol.iterator]() { return { next() { return 1; } }; } }]);
attempt('iterator not object', () => [...{ [Symbol.iterator]() { return 1; } }]);
attempt('getter throws', () => [...{ get [Symbol.iterator]() { throw new RangeError(); } }]);
