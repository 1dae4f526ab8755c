function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var a = ['x', 'y'];
t('keys', function () { return Array.from(a.keys()); });
t('entries', function () { return JSON.stringify(Array.from(a.entries())); });
t('values === iterator', function () { return Array.prototype.values === Array.prototype[Symbol.iterator]; });
t('toStringTag', function () { return Object.prototype.toString.call(a.values()); });
t('proto chain', function () { var p = Object.getPrototypeOf(a.values()); var ip = Object.getPrototypeOf(p); return [typeof ip[Symbol.iterator], ip[Symbol.iterator].call(5), p.hasOwnProperty('next')]; });
t('live growth', function () { var arr = [1]; var out = []; for (var v of arr) { out.push(v); if (arr.length < 4) arr.push(v + 1); } return out; });
t('done stays done', function () { var arr = [1]; var it = arr.values(); it.next(); it.next(); arr.push(2); return it.next().done; });
t('holes', function () { return JSON.stringify(Array.from([, 'a'].entries())); });
t('array-like', function () { return Array.from(Array.prototype.values.call({ length: 2, 0: 'p', 1: 'q' })); });
t('next on wrong this', function () { var it = [].values(); return it.next.call({}); });
t('next result shape', function () { var r = [7].values().next(); return Object.keys(r).join() + ' ' + r.value + ' ' + r.done; });
t('typed array through array iterator', function () { return Array.from(Array.prototype.values.call(new Uint8Array([3, 4]))); });
t('entries next name', function () { return [a.entries().next.name, a.entries().next.length]; });
t('string iterator code points', function () { var out = []; for (var c of 'a\uD83D\uDE00\uD800b') out.push(c.length); return out; });
t('string iterator tag', function () { return Object.prototype.toString.call(''[Symbol.iterator]()); });
