function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var sparse = [, 'b', , 'd'];
t('keys include holes', function () { return Array.from(sparse.keys()).join(); });
t('values holes undefined', function () { return JSON.stringify(Array.from(sparse.values())); });
t('Object.keys skips holes', function () { return Object.keys(sparse).join(); });
t('for-in skips holes', function () { var out = []; for (var k in sparse) out.push(k); return out.join(); });
t('for-of includes holes', function () { var n = 0; for (var v of sparse) n++; return n; });
t('entries live length', function () { var a = [1]; var it = a.entries(); a.push(2); return JSON.stringify(Array.from(it)); });
t('keys after shrink', function () { var a = [1, 2, 3]; var it = a.keys(); it.next(); a.length = 1; return JSON.stringify([it.next(), it.next()]); });
t('iterator over array-like changing', function () { var o = { length: 2, 0: 'a', 1: 'b' }; var it = Array.prototype.values.call(o); it.next(); o.length = 1; return it.next().done; });
t('includes on sparse', function () { return [sparse.includes(undefined), sparse.indexOf(undefined)]; });
t('JSON sparse', function () { return JSON.stringify(sparse); });
