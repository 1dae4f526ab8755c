// Nested optional catches and their interaction with outer bindings.
let e = 'outer';
try {
  try { throw new Error('inner'); } catch { e = 'modified by inner catch'; throw 'again'; }
} catch { console.log(e); }
function levels(n) { try { if (n > 0) return levels(n - 1); throw 'bottom'; } catch { return 'caught at ' + n; } }
console.log(levels(3));
const results = [];
for (const f of [() => 1, () => { throw 0; }, () => 3]) { try { results.push(f()); } catch { results.push('x'); } }
console.log(results.join());
try { throw undefined; } catch { console.log('undefined thrown'); }
