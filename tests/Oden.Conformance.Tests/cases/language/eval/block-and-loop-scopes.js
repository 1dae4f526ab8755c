// eval sees the block, loop and catch scopes it sits in.
function f() {
  var out = [];
  for (let i = 0; i < 3; i++) {
    let doubled = i * 2;
    out.push(eval('() => i + ":" + doubled'));
  }
  return out.map(function (g) { return g(); }).join(' ');
}
console.log(f());
function g() {
  var res = [];
  for (const key of ['a', 'b']) { res.push(eval('key.toUpperCase()')); }
  for (var prop in { p: 1 }) { res.push(eval('prop')); }
  switch (1) { case 1: let inSwitch = 'switch'; res.push(eval('inSwitch')); }
  try { throw 'err'; } catch (caught) { res.push(eval('caught')); }
  return res.join(',');
}
console.log(g());
