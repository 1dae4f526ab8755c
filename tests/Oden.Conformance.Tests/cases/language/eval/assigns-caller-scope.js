// Direct eval can assign the caller's variables, parameters and closed-over bindings.
function f(a) {
  var b = 1;
  let c = 2;
  eval('a = "A"; b = "B"; c = "C"');
  return [a, b, c].join(',');
}
console.log(f('a'));
var counter = 0;
function bump() { eval('counter++'); }
bump(); bump();
console.log(counter);
function make() {
  var hidden = 0;
  return {
    inc: function () { return eval('++hidden'); },
    get: function () { return hidden; },
  };
}
var m = make();
m.inc(); m.inc();
console.log(m.get());
function constTry() {
  const fixed = 1;
  try { eval('fixed = 2'); } catch (e) { return e.name + ' ' + fixed; }
}
console.log(constTry());
