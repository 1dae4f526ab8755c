// A var in sloppy eval code may not clash with a let/const between the eval and its var scope.
function f() {
  let x = 1;
  try { eval('var x = 2'); } catch (e) { return e.name + ' ' + x; }
  return 'no error';
}
console.log(f());
function g() {
  { const y = 1; try { eval('var y'); } catch (e) { return e.name; } }
  return 'no error';
}
console.log(g());
function catchParam() {
  try { throw 1; } catch (err) { eval('var err = "ok"'); return err; }
}
console.log(catchParam());
function fnConflict() {
  let fnName = 1;
  try { eval('function fnName() {}'); } catch (e) { return e.name; }
  return 'no error';
}
console.log(fnConflict());
function noConflictStrict() {
  let z = 1;
  return eval('"use strict"; var z = 2; z') + ',' + z;
}
console.log(noConflictStrict());
