// var bindings typed as numbers only where every read follows an assignment: the others must still see
// undefined, and hoisting, redeclaration and loops behave as in any engine.
function show(label, v) { console.log(label, typeof v, String(v)); }

function sums(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < i; j++) s += i * j;
  }
  for (var i = 0; i < 3; i++) s -= i;
  show('s', s);
  show('i after', i);
  show('j after', j);
}
sums(5);
sums(0);

function beforeAssignment(flag) {
  show('hoisted', x);
  if (flag) { var x = 1; x = x + 1; }
  show('after if', x);
  for (var k = 0; k < 2; k++) {
    if (k) show('prev iteration', y);
    var y = k * 10;
  }
}
beforeAssignment(true);
beforeAssignment(false);

function cases(n) {
  switch (n) {
    case 1: var x = 1;
    case 2: x = x + 1; show('case', x);
  }
}
cases(1);
cases(2);

function redeclared() {
  var t = 1;
  var t;
  show('redeclared', t);
  var u = 2, w = u * 3;
  show('list', w);
  var z = 5;
  z = 'now a string';
  show('z', z);
}
redeclared();

function caught() {
  try { var q = 1; throw new Error('x'); } catch (e) { show('in catch', q); }
  try { var r = (function () { throw 1; })(); } catch (e) { show('never assigned', r); }
}
caught();
