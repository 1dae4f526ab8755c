var log = [];
function iter(name, n) {
  var it = {};
  it[Symbol.iterator] = function () {
    var i = 0;
    return {
      next: function () { return i < n ? { value: name + i++, done: false } : { done: true }; },
      return: function () { log.push('close ' + name); return {}; }
    };
  };
  return it;
}
outer: for (var a of iter('A', 3)) {
  for (var b of iter('B', 3)) {
    log.push(a + b);
    if (b === 'B1') break outer;
  }
}
console.log(log.join(', '));
