// The order of the object environment's operations, seen through a Proxy.
var log = [];
var target = { x: 1 };
var p = new Proxy(target, {
  has: function (t, k) { log.push('has ' + String(k)); return k in t; },
  get: function (t, k) { log.push('get ' + String(k)); return t[k]; },
  set: function (t, k, v) { log.push('set ' + String(k)); t[k] = v; return true; },
});
var y = 'outer';
with (p) {
  x;
  console.log(log.join('; ')); log = [];
  x = 2;
  console.log(log.join('; ')); log = [];
  y;
  console.log(log.join('; ')); log = [];
  typeof x;
  console.log(log.join('; ')); log = [];
}
console.log(target.x);
