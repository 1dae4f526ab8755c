// deep recursion through generators raises a RangeError, not a crash
function* deep(n) { yield* deep(n + 1); }
try { deep(0).next(); console.log('no error'); } catch (e) { console.log(e instanceof RangeError); }
function* fine(n) { if (n > 0) yield* fine(n - 1); else yield 'bottom'; }
console.log(fine(500).next().value);
