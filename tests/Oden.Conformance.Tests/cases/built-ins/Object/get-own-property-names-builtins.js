function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('function', function () { return Object.getOwnPropertyNames(function (a, b) { 'use strict'; }).sort().join(); });
t('arrow', function () { return Object.getOwnPropertyNames(() => 1).sort().join(); });
t('array', function () { return Object.getOwnPropertyNames([1, 2]).join(); });
t('arguments sloppy', function () { return (function (a) { return Object.getOwnPropertyNames(arguments).sort().join(); })(1, 2); });
t('arguments strict', function () { return (function (a) { 'use strict'; return Object.getOwnPropertyNames(arguments).sort().join(); })(1); });
t('regexp', function () { return Object.getOwnPropertyNames(/x/).join(); });
t('date', function () { return Object.getOwnPropertyNames(new Date(0)).length; });
t('map', function () { return Object.getOwnPropertyNames(new Map()).length; });
t('error', function () { return Object.getOwnPropertyNames(new Error('m')).sort().join(); });
t('bound function', function () { return Object.getOwnPropertyNames(function () {}.bind()).sort().join(); });
