function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var m = new Map();
t('grow', function () { for (var i = 0; i < 100; i++) m.set(i, i * i); return m.size; });
t('overwrite', function () { for (var i = 0; i < 100; i++) m.set(i, -i); return [m.size, m.get(99)]; });
t('delete evens', function () { for (var i = 0; i < 100; i += 2) m.delete(i); return [m.size, m.has(2), m.has(3)]; });
t('order after deletes', function () { return Array.from(m.keys()).slice(0, 5).join(); });
t('clear', function () { m.clear(); return [m.size, Array.from(m).length]; });
t('reuse after clear', function () { m.set('x', 1); return Array.from(m.entries()).join(); });
