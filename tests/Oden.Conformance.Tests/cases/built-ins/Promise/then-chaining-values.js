var log = function (s) { console.log(s); };
Promise.resolve(1)
  .then(function (v) { log('1: ' + v); return v + 1; })
  .then(function (v) { log('2: ' + v); return { then: function (r) { r(v * 10); } }; })
  .then(function (v) { log('3: ' + v); throw new TypeError('t'); })
  .then(function () { log('skipped'); })
  .catch(function (e) { log('4: caught ' + e.name); return 'recovered'; })
  .then(function (v) { log('5: ' + v); return Promise.reject(new RangeError('r')); })
  .then(null, function (e) { log('6: ' + e.name); })
  .finally(function () { log('7: finally has no args ' + arguments.length); })
  .then(function (v) { log('8: ' + v); });
var p = Promise.resolve('shared');
p.then(function (v) { log('branch a ' + v); });
p.then(function (v) { log('branch b ' + v); });
var thenableThrowsAfterResolve = { then: function (res) { res('ok'); throw new Error('ignored'); } };
Promise.resolve(thenableThrowsAfterResolve).then(function (v) { log('thenable ' + v); });
var p2 = new Promise(function (res) { res(Promise.resolve('inner')); });
p2.then(function (v) { log('adopted ' + v); });
Promise.reject(new Error('x')).then(function () {}).then(function () {}, function (e) { log('propagated ' + e.message); });
