var log = function (s) { console.log(s); };
var rejected = Promise.reject(new Error('late'));
Promise.resolve().then(function () {
  rejected.catch(function (e) { log('late catch ' + e.message); });
});
var settledTwice = new Promise(function (res, rej) { rej(new Error('first')); res('second'); });
settledTwice.then(function (v) { log('never ' + v); }, function (e) { log('rejected once ' + e.message); });
var r1 = Promise.race([Promise.reject('loser-first'), Promise.resolve('winner')]);
r1.then(function (v) { log('race value ' + v); }, function (e) { log('race reason ' + e); });
var delayed = Promise.resolve().then(function () { return 'a'; });
Promise.race([delayed, 'b']).then(function (v) { log('race sync value wins ' + v); });
Promise.allSettled([delayed, Promise.reject(0)]).then(function (r) { log('allSettled ' + r.map(function (x) { return x.status; }).join()); });
Promise.any([Promise.reject(1), delayed]).then(function (v) { log('any ' + v); });
