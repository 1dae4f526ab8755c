// eval'd code reaches globals, and its unqualified assignments create them (sloppy).
function f() {
  eval('createdGlobal = "made by eval"');
  return typeof createdGlobal;
}
console.log(f(), globalThis.createdGlobal);
delete globalThis.createdGlobal;
function g() { return eval('Math.max(1, 2) + parseInt("40")'); }
console.log(g());
function h() { return eval('typeof undefined + typeof NaN'); }
console.log(h());
function shadowUndefined() { var undefined = 'local undefined'; return eval('undefined'); }
console.log(shadowUndefined());
