var log = [];
function make(tag) {
  var it = {};
  it[Symbol.iterator] = function () {
    return {
      next: function () { return { value: tag, done: false }; },
      return: function () { log.push('return ' + tag); return {}; }
    };
  };
  return it;
}
try {
  for (var v of make('throw')) throw new Error('boom');
} catch (e) { log.push('caught ' + e.message); }
function f() { for (var v of make('fn')) return v + '!'; }
log.push(f());
console.log(log.join(' | '));
