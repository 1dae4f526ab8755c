var log = [];
var o = {};
Object.defineProperty(o, 'x', {
  get: function () { log.push('get'); return 10; },
  set: function (v) { log.push('set ' + v); }
});
function key() { log.push('key'); return 'x'; }
function val() { log.push('val'); return 5; }
function obj() { log.push('obj'); return o; }
obj()[key()] += val();
console.log(log.join(' | '));
