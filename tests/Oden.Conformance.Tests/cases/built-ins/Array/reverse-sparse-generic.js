function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('sparse', function () { var a = [1, , , 4, , 6]; a.reverse(); return [a.length, Object.keys(a).join()]; });
t('both holes', function () { var a = [, 2, ]; a.reverse(); return [a.length, Object.keys(a).join()]; });
t('proto element', function () { Array.prototype[0] = 'P'; var a = [, 'x']; a.reverse(); delete Array.prototype[0]; return [a[0], a.hasOwnProperty(1) ? a[1] : 'hole']; });
t('generic holes', function () { var o = { length: 4, 0: 'a', 3: 'd', 1: 'b' }; Array.prototype.reverse.call(o); return JSON.stringify(o); });
t('getter order', function () { var log = []; var o = { length: 2 }; Object.defineProperty(o, 0, { get: function () { log.push('g0'); return 'a'; }, set: function () { log.push('s0'); }, configurable: true }); Object.defineProperty(o, 1, { get: function () { log.push('g1'); return 'b'; }, set: function () { log.push('s1'); }, configurable: true }); Array.prototype.reverse.call(o); return log.join(); });
