function t(l, f) { try { console.log(l, f()); } catch (e) { console.log(l, 'threw', e.constructor.name); } }
var p = Promise.resolve(1);
t('resolve same', function () { return Promise.resolve(p) === p; });
t('resolve subclass-ish', function () { function F(ex) { return new Promise(ex); } return Promise.resolve.call(F, p) === p; });
t('resolve non-object this', function () { return Promise.resolve.call(1, 1); });
t('reject returns new', function () { var r = Promise.reject(p); r.catch(function () {}); return r !== p; });
t('no new', function () { return Promise(function () {}); });
t('executor not callable', function () { return new Promise(1); });
t('executor throws after resolve ignored', function () { var q = new Promise(function (res) { res('ok'); throw new Error('late'); }); q.then(function (v) { console.log('late ignored', v); }); return 'sync'; });
t('resolve self', function () { var res; var q = new Promise(function (r) { res = r; }); res(q); q.catch(function (e) { console.log('self resolution', e.constructor.name); }); return 'pending'; });
t('lengths', function () { return [Promise.length, Promise.all.length, Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length, Promise.resolve.length]; });
t('then non-callable args pass through', function () { Promise.resolve('pass').then(5, null).then(function (v) { console.log('passed', v); }); return 1; });
t('then wrong this', function () { return Promise.prototype.then.call({}, function () {}); });
t('catch generic', function () { var called; Promise.prototype.catch.call({ then: function (a, b) { called = [a, typeof b]; return 'r'; } }, function () {}); return [called[0], called[1]]; });
t('finally generic', function () { var got; Promise.prototype.finally.call({ then: function (a, b) { got = [typeof a, typeof b]; } }, 5); return got; });
t('species', function () { return Promise[Symbol.species] === Promise; });
t('tag', function () { return Object.prototype.toString.call(p); });
