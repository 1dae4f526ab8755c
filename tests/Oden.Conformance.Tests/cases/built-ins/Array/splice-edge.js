function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('no args', function () { var a = [1, 2]; return [a.splice(), a]; });
t('start only', function () { var a = [1, 2, 3]; return [a.splice(1), a]; });
t('undefined deleteCount', function () { var a = [1, 2, 3]; return [a.splice(1, undefined), a]; });
t('negative', function () { var a = [1, 2, 3]; return [a.splice(-2, 1), a]; });
t('insert', function () { var a = [1, 4]; a.splice(1, 0, 2, 3); return a; });
t('replace grows', function () { var a = [1, 2]; a.splice(0, 1, 'a', 'b', 'c'); return a; });
t('deleteCount huge', function () { var a = [1, 2, 3]; return [a.splice(1, Infinity), a]; });
t('deleteCount negative', function () { var a = [1, 2]; return [a.splice(0, -1), a]; });
t('holes preserved', function () { var a = [1, , 3, , 5]; var r = a.splice(1, 2); return [r.length, 0 in r, a.length, 2 in a]; });
t('generic', function () { var o = { length: 3, 0: 'a', 1: 'b', 2: 'c' }; var r = Array.prototype.splice.call(o, 1, 1, 'x', 'y'); return [r, JSON.stringify(o)]; });
t('frozen', function () { return Object.freeze([1, 2]).splice(0, 1); });
t('length set on result', function () { var a = [1, 2, 3]; a.constructor = {}; a.constructor[Symbol.species] = function () { return { }; }; var r = a.splice(0, 2); return JSON.stringify(r); });
t('non-writable length', function () { var a = [1, 2, 3]; Object.defineProperty(a, 'length', { writable: false }); try { a.splice(0, 1); } catch (e) { return e.name + ' ' + a.join(); } });
t('shift generic', function () { var o = { length: 2, 0: 'a', 1: 'b' }; return [Array.prototype.shift.call(o), JSON.stringify(o)]; });
t('unshift generic', function () { var o = { length: 1, 0: 'a' }; return [Array.prototype.unshift.call(o, 'x', 'y'), JSON.stringify(o)]; });
t('unshift holes', function () { var a = [, 1]; a.unshift(0); return [a.length, 1 in a, a[2]]; });
t('pop empty', function () { var a = []; return [a.pop(), a.length]; });
t('shift empty generic', function () { var o = {}; return [Array.prototype.shift.call(o), o.length]; });
