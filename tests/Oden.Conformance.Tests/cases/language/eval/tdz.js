// Bindings in their temporal dead zone are ReferenceErrors from eval too.
function f() {
  try { eval('later'); } catch (e) { console.log(e.name); }
  let later = 'now';
  return eval('later');
}
console.log(f());
function g() {
  try { eval('c = 1'); } catch (e) { console.log(e.name); }
  const c = 2;
  try { eval('c = 3'); } catch (e) { console.log(e.name, c); }
}
g();
function typeofTdz() {
  try { eval('typeof t'); } catch (e) { return e.name; }
  let t;
}
console.log(typeofTdz());
