var log = [];
var it = {};
it[Symbol.iterator] = function () {
  var n = 0;
  return {
    next: function () { return n < 3 ? { value: n++, done: false } : { done: true }; },
    return: function () { log.push('return'); return {}; }
  };
};
for (var v of it) { if (v === 1) continue; log.push(v); }
console.log(log.join(','));
outer: for (var a of [1, 2]) {
  for (var b of it) { log.push(a + ':' + b); continue outer; }
}
console.log(log.join(','));
