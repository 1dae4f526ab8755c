var log = [];
var o = {
  valueOf: function () { log.push('valueOf'); return 1; },
  toString: function () { log.push('toString'); return 'S'; }
};
console.log(`${o}`);
console.log('' + o);
console.log(log.join(','));
var onlyValueOf = { valueOf: function () { return 5; }, toString: null };
console.log(`${onlyValueOf}`);
