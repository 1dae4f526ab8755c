var log = [];
var o = { k: 1 };
function obj() { log.push('obj'); return o; }
function key() { log.push('key'); return 'k'; }
console.log(delete obj()[key()], log.join(','));
var count = 0;
console.log(delete count++, count);
console.log(delete (o.k));
