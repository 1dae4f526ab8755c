var log = [];
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return {
    next: function () { log.push('next'); return { value: i++, done: false }; },
    return: function () { log.push('return'); return {}; }
  };
};
for (var v of iterable) {
  if (v === 2) break;
}
console.log(log.join(','));
