function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var r = /a\/b[/]/gimsuy;
t('source', function () { return r.source; });
t('flags', function () { return r.flags; });
t('booleans', function () { return [r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.hasIndices]; });
t('toString', function () { return String(r); });
t('new RegExp source escaping', function () { return [new RegExp('a/b').source, new RegExp('\n').source, new RegExp('').source, new RegExp('[/]').source]; });
t('flags getter reads props', function () { var log = []; var o = {}; ['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets', 'sticky'].forEach(function (k) { Object.defineProperty(o, k, { get: function () { log.push(k); return false; } }); }); Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(o); return log.filter(function (k) { return k !== 'unicodeSets'; }).join(); });
t('source getter on prototype', function () { return Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call(RegExp.prototype); });
