// Without a binding, the catch block still has its own block scope and can throw again.
function attempt() {
  try {
    try { undefinedFunction(); } catch { let scoped = 'block'; throw new TypeError(scoped); }
  } catch (e) { return e.constructor.name + ':' + e.message; }
}
console.log(attempt());
var hoisted = 'before';
try { throw 0; } catch { var hoisted = 'inside'; }
console.log(hoisted);
const fns = [];
for (let i = 0; i < 2; i++) { try { throw i; } catch { fns.push(() => i); } }
console.log(fns.map((f) => f()).join());
let caught = 0;
while (caught < 3) { try { throw caught; } catch { caught++; } }
console.log(caught);
try { throw { then() {} }; } catch { console.log('thenable ignored'); }
