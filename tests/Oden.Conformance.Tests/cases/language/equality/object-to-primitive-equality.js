var log = [];
var o = {
  valueOf: function () { log.push('valueOf'); return 1; },
  toString: function () { log.push('toString'); return 'one'; }
};
console.log(o == 1, o == 'one', o == true);
console.log(o == o, o == { valueOf: function () { return 1; } });
console.log(log.join(','));
var d = { toString: function () { return '2'; } };
console.log(d == 2, d == '2', d == '02');
