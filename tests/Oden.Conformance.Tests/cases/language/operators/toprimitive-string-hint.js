var log = [];
var o = {
  valueOf: function () { log.push('valueOf'); return 1; },
  toString: function () { log.push('toString'); return 'key'; }
};
var target = {};
target[o] = 'v';
console.log(Object.keys(target).join());
console.log(`${o}`);
console.log(['x', o].join('-'));
console.log('key' in { key: 1 }, o in { key: 1 });
console.log(log.join(','));
