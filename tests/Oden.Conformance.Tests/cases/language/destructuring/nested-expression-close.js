// Array assignment patterns nested inside larger expressions also close their iterator on a throw.
const log = [];
function tracked(name, values) {
  let i = 0;
  return { [Symbol.iterator]() { return this; },
    next() { return i < values.length ? { value: values[i++], done: false } : { done: true }; },
    return() { log.push('return ' + name); return {}; } };
}
const bad = { set p(v) { throw new RangeError(); } };
function use(x) { return x; }
try { use([bad.p] = tracked('call arg', [1, 2])); } catch (e) { log.push(e.constructor.name); }
try { const v = ([bad.p] = tracked('initializer', [1])); } catch (e) { log.push(e.constructor.name); }
const arrow = () => use([bad.p] = tracked('arrow body', [1]));
try { arrow(); } catch (e) { log.push(e.constructor.name); }
function withDefault(x = use([bad.p] = tracked('param default', [1]))) {}
try { withDefault(); } catch (e) { log.push(e.constructor.name); }
let a, b;
for (let i = 0; i < 2; i++) use([a, b] = tracked('ok' + i, [1, 2, 3]));
console.log(a, b);
try { if (use([bad.p] = tracked('if test', [1]))) {} } catch (e) { log.push(e.constructor.name); }
let n = 0;
try { while (n++ < 3 && use([a, bad.p] = tracked('while' + n, n < 2 ? [1, 2, 3] : [1]))) {} } catch (e) { log.push(e.constructor.name); }
try { use([a] = tracked('next throws', [])), use([a] = { [Symbol.iterator]() { return { next() { throw new EvalError(); }, return() { log.push('WRONG'); } }; } }); } catch (e) { log.push(e.constructor.name); }
function* g() { try { use([bad.p] = tracked('in generator', [yield 1])); } catch (e) { log.push('gen ' + e.constructor.name); } }
const it = g(); it.next(); it.next(5);
console.log(log.join('\n'));
