var log = [];
var it = {};
it[Symbol.iterator] = function () {
  var n = 0;
  return {
    next: function () {
      n++;
      return {
        get done() { log.push('done' + n); return n > 2; },
        get value() { log.push('value' + n); return n; }
      };
    }
  };
};
for (var v of it) log.push('body' + v);
console.log(log.join(','));
