// mode: script
// with at a classic script's top level; assignments to unknown names create globals.
var o = { a: 1 };
with (o) {
  a = 2;
  created = 'global';
  var declared = 'declared';
}
console.log(o.a, typeof created, globalThis.created, globalThis.declared, 'created' in o);
with (globalThis) {
  console.log(typeof Math.max, created);
}
