function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('Array(3)', function () { return Array(3).length; });
t('Array(3) holes', function () { return 0 in Array(3); });
t('Array("3")', function () { return Array('3'); });
t('Array(1.5)', function () { return new Array(1.5); });
t('Array(-1)', function () { return new Array(-1); });
t('Array(2**32)', function () { return new Array(4294967296); });
t('Array(2**32-1)', function () { return new Array(4294967295).length; });
t('Array(1,2)', function () { return Array(1, 2); });
t('no new', function () { return Array(2) instanceof Array; });
t('isArray proxy', function () { return Array.isArray(new Proxy([], {})); });
t('isArray revoked', function () { var p = Proxy.revocable([], {}); p.revoke(); return Array.isArray(p.proxy); });
t('isArray prototype', function () { return Array.isArray(Array.prototype); });
t('isArray arguments', function () { return Array.isArray(arguments); });
t('species getter', function () { var d = Object.getOwnPropertyDescriptor(Array, Symbol.species); return [typeof d.get, d.set, d.get.name, Array[Symbol.species] === Array]; });
t('prototype desc', function () { var d = Object.getOwnPropertyDescriptor(Array, 'prototype'); return [d.writable, d.enumerable, d.configurable]; });
t('proto length', function () { return [Array.prototype.length, Object.getOwnPropertyDescriptor(Array.prototype, 'length').writable]; });
t('name length', function () { return [Array.name, Array.length]; });
