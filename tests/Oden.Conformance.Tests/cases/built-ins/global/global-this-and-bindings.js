function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('globalThis self', function () { return globalThis.globalThis === globalThis; });
t('globalThis desc', function () { var d = Object.getOwnPropertyDescriptor(globalThis, 'globalThis'); return [d.writable, d.enumerable, d.configurable]; });
t('value props', function () { return ['NaN', 'Infinity', 'undefined'].map(function (k) { var d = Object.getOwnPropertyDescriptor(globalThis, k); return k + d.writable + d.enumerable + d.configurable; }).join(' '); });
t('constructors non-enumerable', function () { return ['Object', 'Array', 'Map', 'Promise', 'JSON', 'Math', 'Reflect', 'Proxy', 'Symbol'].filter(function (k) { return Object.getOwnPropertyDescriptor(globalThis, k).enumerable; }).length; });
t('assign undefined ignored', function () { undefined = 1; NaN = 2; return [typeof undefined, NaN !== NaN]; });
t('globalThis proto chain has Object.prototype', function () { return Object.prototype.isPrototypeOf(globalThis); });
t('global property add', function () { globalThis.__odenTest = 5; var r = __odenTest; delete globalThis.__odenTest; return [r, typeof __odenTest]; });
t('functions are globals', function () { return [globalThis.parseInt === parseInt, globalThis.isNaN === isNaN, globalThis.escape === escape]; });
t('typeof globals', function () { return [typeof globalThis, typeof WeakMap, typeof Reflect]; });
