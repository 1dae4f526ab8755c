'use strict';
let outer = 'none';
{
  class Local { static id() { return 'block'; } }
  outer = Local.id();
}
console.log(outer, typeof Local);
function f(flag) {
  if (flag) { class K { m() { return 'then'; } } return new K().m(); }
  else { class K { m() { return 'else'; } } return new K().m(); }
}
console.log(f(true), f(false));
switch (1) {
  case 0:
    class S {}
    break;
  case 1:
    try { new S(); } catch (e) { console.log('switch', e.constructor.name); }
}
for (let i = 0; i < 2; i++) {
  class Per { static i() { return i; } }
  console.log('loop', Per.i());
}
const made = [];
for (const name of ['a', 'b']) { made.push(class { static n() { return name; } }); }
console.log(made[0].n(), made[1].n(), made[0] === made[1]);
try { (function () { new Hoisted(); class Hoisted {} })(); } catch (e) { console.log('hoist', e.constructor.name); }
