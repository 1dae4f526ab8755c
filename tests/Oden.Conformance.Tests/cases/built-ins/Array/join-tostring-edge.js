function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('join undefined sep', function () { return [1, 2].join(undefined); });
t('join null sep', function () { return [1, 2].join(null); });
t('join obj sep', function () { return [1, 2].join({ toString: function () { return '+'; } }); });
t('nested', function () { return [1, [2, [3]]].join(';'); });
t('cycle', function () { var a = [1, 2]; a.push(a); return a.join(); });
t('cycle deep', function () { var a = [1]; var b = [a]; a.push(b); return String(a); });
t('toString no join', function () { var o = { join: 5 }; return Array.prototype.toString.call(o); });
t('toString custom join', function () { return Array.prototype.toString.call({ join: function () { return 'J'; } }); });
t('toLocaleString', function () { return [1, 'a', null, undefined, { toLocaleString: function () { return 'L'; } }].toLocaleString(); });
t('toLocaleString throws on non-callable', function () { return [{ toLocaleString: 1 }].toLocaleString(); });
t('join generic', function () { return Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }); });
t('join symbol', function () { return [Symbol()].join(); });
t('join number sep', function () { return [1, 2, 3].join(0); });
t('join big array', function () { return new Array(5).join('ab'); });
t('lengths', function () { return [[].join.length, [].toString.length, [].toLocaleString.length]; });
