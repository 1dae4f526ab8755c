// Assignment patterns (statements and loop heads) close the iterator when a target throws.
const log = [];
function tracked(values) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { log.push('next'); return i < values.length ? { value: values[i++], done: false } : { done: true }; },
    return() { log.push('return'); return {}; },
  };
}
const target = { set bad(v) { throw new RangeError('setter'); } };
try { [target.bad] = tracked([1, 2]); } catch (e) { log.push(e.constructor.name); }
console.log(log.join(' '));
log.length = 0;
try { ([target.ok, target.bad] = tracked([1, 2, 3])); } catch (e) { log.push(e.constructor.name); }
console.log(target.ok, log.join(' '));
log.length = 0;
let a;
try { for ([a, target.bad] of [tracked([1, 2, 3])]) {} } catch (e) { log.push(e.constructor.name); }
console.log(a, log.join(' '));
log.length = 0;
const frozen = Object.freeze({ p: 0 });
(function () { 'use strict'; try { [frozen.p] = tracked([1]); } catch (e) { log.push(e.constructor.name); } })();
console.log(log.join(' '));
