function f() {
  if (true) { var a = 'function scoped'; }
  for (var i = 0; i < 2; i++) { var b = i; }
  return [a, i, b];
}
console.log(f().join(' | '));
try { console.log(a); } catch (e) { console.log(e.name); }
