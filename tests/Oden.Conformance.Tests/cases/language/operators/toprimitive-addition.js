var log = [];
var o = {
  valueOf: function () { log.push('valueOf'); return 42; },
  toString: function () { log.push('toString'); return 'str'; }
};
console.log(o + 1);
console.log('' + o);
console.log(String(o));
console.log(o * 2);
console.log(log.join(','));
