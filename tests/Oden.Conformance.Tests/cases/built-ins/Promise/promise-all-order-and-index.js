function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var log = function (s) { console.log(s); };
var resolvers = [];
var ps = [0, 1, 2].map(function () { return new Promise(function (r) { resolvers.push(r); }); });
Promise.all(ps).then(function (v) { log('all in input order ' + v.join()); });
Promise.allSettled(ps).then(function (v) { log('allSettled ' + v.map(function (x) { return x.value; }).join()); });
Promise.race(ps).then(function (v) { log('race first resolved ' + v); });
resolvers[2]('c'); resolvers[0]('a'); resolvers[1]('b');
var values = [Promise.resolve(1), 2, { then: function (r) { r(3); } }];
Promise.all(values).then(function (v) { log('mixed ' + v.join()); });
var arrLike = new Set([Promise.resolve('s1'), 's2']);
Promise.all(arrLike).then(function (v) { log('from Set ' + v.join()); });
Promise.all('ab').then(function (v) { log('from string ' + v.join('|')); });
