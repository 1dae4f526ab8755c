function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('target negative', function () { return [1, 2, 3, 4, 5].copyWithin(-1, 0); });
t('start>end', function () { return [1, 2, 3].copyWithin(0, 2, 1); });
t('Infinity', function () { return [1, 2, 3].copyWithin(Infinity, 0); });
t('-Infinity', function () { return [1, 2, 3].copyWithin(-Infinity, 1); });
t('backwards overlap', function () { return [1, 2, 3, 4, 5].copyWithin(2, 0, 3); });
t('deletes holes', function () { var o = { length: 3, 0: 'a' }; Array.prototype.copyWithin.call(o, 1, 1); return JSON.stringify(o); });
t('hole source deletes target', function () { var a = [1, , 3]; a.copyWithin(0, 1, 2); return [0 in a, a.length]; });
t('frozen', function () { return Object.freeze([1, 2]).copyWithin(0, 1); });
t('returns this', function () { var a = [1]; return a.copyWithin(0, 0) === a; });
t('args coercion order', function () { var log = []; [1, 2].copyWithin({ valueOf: function () { log.push('t'); return 0; } }, { valueOf: function () { log.push('s'); return 1; } }, { valueOf: function () { log.push('e'); return 2; } }); return log; });
