// catch without a binding.
try { throw new Error('ignored'); } catch { console.log('caught without binding'); }
function parse(json) { try { return JSON.parse(json); } catch { return 'invalid'; } }
console.log(parse('{"a":1}').a, parse('{bad'));
let finallyRan = false;
try { null.x; } catch { console.log('TypeError swallowed'); } finally { finallyRan = true; }
console.log(finallyRan);
function nested() {
  try {
    try { throw 1; } catch { throw 2; }
  } catch (outer) { return outer; }
}
console.log(nested());
for (const v of [1, 2, 3]) { try { if (v === 2) throw v; console.log('ok', v); } catch { console.log('skip', v); continue; } }
const e = 'outer e';
try { throw 'inner'; } catch { console.log(e); }
label: try { throw 0; } catch { break label; }
console.log('after label');
function ret() { try { throw 0; } catch { return 'returned from catch'; } finally { console.log('finally'); } }
console.log(ret());
