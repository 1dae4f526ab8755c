function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('next not callable', function () { var o = {}; o[Symbol.iterator] = function () { return { next: 1 }; }; return Array.from(o); });
t('iterator returns primitive', function () { var o = {}; o[Symbol.iterator] = function () { return 1; }; return Array.from(o); });
t('done getter truthy string', function () { var o = {}; o[Symbol.iterator] = function () { var n = 0; return { next: function () { n++; return { done: n > 2 ? 'yes' : '', value: n }; } }; }; return Array.from(o); });
t('value getter read only when not done', function () { var reads = 0; var o = {}; o[Symbol.iterator] = function () { var n = 0; return { next: function () { n++; return { done: n > 1, get value() { reads++; return n; } }; } }; }; Array.from(o); return reads; });
t('iterator null falls to array-like', function () { var o = { length: 1, 0: 'x' }; o[Symbol.iterator] = null; return Array.from(o); });
t('iterator undefined falls to array-like', function () { var o = { length: 1, 0: 'y' }; o[Symbol.iterator] = undefined; return Array.from(o); });
t('iterator non-callable throws', function () { var o = { length: 1 }; o[Symbol.iterator] = 5; return Array.from(o); });
t('patched array iterator used', function () { var saved = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function () { var done = false; return { next: function () { var r = { done: done, value: 'patched' }; done = true; return r; } }; }; var r = Array.from([1, 2, 3]); Array.prototype[Symbol.iterator] = saved; return r; });
