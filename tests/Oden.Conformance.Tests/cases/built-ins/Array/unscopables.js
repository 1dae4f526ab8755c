function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var u = Array.prototype[Symbol.unscopables];
t('proto', function () { return Object.getPrototypeOf(u); });
t('keys', function () { return Object.keys(u).sort().join(); });
t('values', function () { return Object.keys(u).every(function (k) { return u[k] === true; }); });
var d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
t('desc', function () { return [d.writable, d.enumerable, d.configurable]; });
var d2 = Object.getOwnPropertyDescriptor(u, 'flat');
t('entry desc', function () { return [d2.writable, d2.enumerable, d2.configurable]; });
t('not listed', function () { return ['push', 'map', 'with', 'concat'].map(function (k) { return k in u; }); });
