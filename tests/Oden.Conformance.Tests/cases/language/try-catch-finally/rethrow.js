function level1() { throw new Error('deep'); }
function level2() {
  try { level1(); } catch (e) { e.message += ' (seen by level2)'; throw e; }
}
try {
  level2();
} catch (e) {
  console.log(e.message, e instanceof Error);
}
var original = new TypeError('t');
try { try { throw original; } catch (e) { throw e; } } catch (e2) { console.log(e2 === original); }
