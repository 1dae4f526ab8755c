var log = [];
var o = {
  valueOf: function () { log.push('valueOf'); return {}; },
  toString: function () { log.push('toString'); return '7'; }
};
console.log(o + 1);
console.log(o * 2);
var p = {
  valueOf: function () { return {}; },
  toString: function () { return {}; }
};
try { p + 1; } catch (e) { console.log(e.name, e instanceof TypeError); }
try { String(p); } catch (e) { console.log(e.name); }
console.log(log.join(','));
