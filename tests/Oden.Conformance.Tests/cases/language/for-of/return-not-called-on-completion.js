var log = [];
var it = {};
it[Symbol.iterator] = function () {
  var n = 0;
  return {
    next: function () { return n < 2 ? { value: n++, done: false } : { done: true }; },
    return: function () { log.push('return'); return {}; }
  };
};
for (var v of it) log.push('v' + v);
console.log(log.join(','));
