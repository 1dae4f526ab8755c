// Errors from eval'd code keep their type and pass through the caller's try/catch and finally.
function f() {
  var steps = [];
  try {
    eval('steps.push("start"); missingName;');
  } catch (e) {
    steps.push(e.name);
  } finally {
    steps.push('finally');
  }
  return steps.join(',');
}
console.log(f());
function g() {
  try { return eval('try { throw new TypeError("t") } catch (e) { e.name + " handled" }'); } catch (e) { return 'outer'; }
}
console.log(g());
function deep(n) { return n === 0 ? eval('(function () { throw new Error("deep"); })()') : deep(n - 1); }
try { deep(5); } catch (e) { console.log(e.message, e instanceof Error); }
