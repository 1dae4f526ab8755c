// Symbol.unscopables hides names from `with`.
var x = 'outer';
var y = 'outer y';
var o = { x: 'obj x', y: 'obj y' };
o[Symbol.unscopables] = { x: true, y: false };
with (o) {
  console.log(x, y);
  x = 'assigned';
}
console.log(x, o.x);

var truthy = { a: 1, b: 2, c: 3 };
var a = 'outer a', b = 'outer b', c = 'outer c';
truthy[Symbol.unscopables] = { a: 1, b: '', c: 'yes' };
with (truthy) { console.log(a, b, c); }

var log = [];
var tricky = { k: 'obj k' };
Object.defineProperty(tricky, Symbol.unscopables, {
  get: function () { log.push('unscopables read'); return { k: log.length > 1 }; },
});
var k = 'outer k';
with (tricky) {
  console.log(k);
  console.log(k);
}
console.log(log.length);

var inherited = Object.create({ [Symbol.unscopables]: { m: true }, m: 'proto m' });
var m = 'outer m';
with (inherited) { console.log(m); }

var notObject = { n: 'obj n' };
notObject[Symbol.unscopables] = 'string is ignored';
var n = 'outer n';
with (notObject) { console.log(n); }
