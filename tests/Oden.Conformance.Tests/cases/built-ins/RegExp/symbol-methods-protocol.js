function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function fake(results) {
  var calls = 0;
  return { exec: function () { return calls < results.length ? results[calls++] : null; }, lastIndex: 0, flags: 'g', global: true, unicode: false };
}
t('Symbol.match generic', function () { var m = RegExp.prototype[Symbol.match].call({ exec: function () { return ['x']; }, flags: '' }, 'abc'); return m; });
t('Symbol.match global generic', function () {
  var r = fake([['a'], ['b']]); r.lastIndex = 0; return RegExp.prototype[Symbol.match].call(r, 'zz');
});
t('exec result non-object', function () { return RegExp.prototype.test.call({ exec: function () { return 5; } }, 'a'); });
t('exec not callable uses builtin', function () { return RegExp.prototype.test.call({ exec: 1 }, 'a'); });
t('replace with fake', function () { var r = { exec: function () { return r.done ? null : (r.done = true, { 0: 'bc', index: 1, length: 1 }); }, flags: '' }; return RegExp.prototype[Symbol.replace].call(r, 'abcd', 'X'); });
t('search restores lastIndex', function () { var r = /b/g; r.lastIndex = 3; var i = r[Symbol.search]('abc'); return [i, r.lastIndex]; });
t('split uses species', function () { var log = []; var r = /,/; r.constructor = function () {}; r.constructor[Symbol.species] = function (src, flags) { log.push(flags); return new RegExp(src, flags); }; var out = 'a,b'.split(r); return [out.join('|'), log.join()]; });
t('exec lastIndex coercion', function () { var r = /a/g; r.lastIndex = '1'; return [r.exec('aa').index, r.lastIndex]; });
t('exec lastIndex beyond', function () { var r = /a/g; r.lastIndex = 5; return [r.exec('aa'), r.lastIndex]; });
t('non-global ignores lastIndex', function () { var r = /a/; r.lastIndex = 5; return [r.exec('aa').index, r.lastIndex]; });
t('lastIndex non-writable global fail', function () { var r = /a/g; Object.defineProperty(r, 'lastIndex', { writable: false }); return r.exec('b'); });
t('lastIndex non-writable non-global ok', function () { var r = /a/; Object.defineProperty(r, 'lastIndex', { writable: false, value: 0 }); return r.exec('a')[0]; });
t('symbols names', function () { return [RegExp.prototype[Symbol.match].name, RegExp.prototype[Symbol.replace].name, RegExp.prototype[Symbol.split].length, RegExp.prototype[Symbol.matchAll].name]; });
