function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('sloppy mapped', function () { return (function (a) { arguments[0] = 'changed'; return a; })('orig'); });
t('strict unmapped', function () { return (function (a) { 'use strict'; arguments[0] = 'changed'; return a; })('orig'); });
t('length and extra', function () { return (function (a) { return [arguments.length, arguments[2]]; })(1, 2, 3); });
t('tag', function () { return (function () { return Object.prototype.toString.call(arguments); })(); });
t('iterator', function () { return (function () { return arguments[Symbol.iterator] === Array.prototype.values; })(); });
t('callee sloppy', function () { return (function f() { return arguments.callee === f; })(); });
t('callee strict', function () { return (function () { 'use strict'; try { return arguments.callee; } catch (e) { return e.name; } })(); });
t('not array', function () { return (function () { return [Array.isArray(arguments), typeof arguments.push]; })(); });
t('keys', function () { return (function () { return Object.keys(arguments).join(); })('a', 'b'); });
