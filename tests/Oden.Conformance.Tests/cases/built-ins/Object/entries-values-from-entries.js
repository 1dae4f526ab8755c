function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var o = { b: 1, a: 2, 1: 'x', 0: 'y' };
o[Symbol('s')] = 3;
Object.defineProperty(o, 'hidden', { value: 4, enumerable: false });
t('entries', function () { return JSON.stringify(Object.entries(o)); });
t('values', function () { return Object.values(o); });
t('string', function () { return JSON.stringify(Object.entries('ab')); });
t('number', function () { return Object.values(5); });
t('null', function () { return Object.entries(null); });
t('getter order', function () { var log = []; var p = { get a() { log.push('a'); return 1; }, get b() { log.push('b'); delete this.c; return 2; }, c: 3 }; var r = Object.values(p); return JSON.stringify([log, r]); });
t('proxy traps', function () {
  var log = []; var p = new Proxy({ x: 1, y: 2 }, { ownKeys: function (t) { log.push('ownKeys'); return Reflect.ownKeys(t); }, getOwnPropertyDescriptor: function (t, k) { log.push('gopd:' + k); return Reflect.getOwnPropertyDescriptor(t, k); }, get: function (t, k) { log.push('get:' + String(k)); return t[k]; } });
  Object.entries(p); return log.join(' ');
});
t('fromEntries', function () { return JSON.stringify(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]])); });
t('fromEntries Map', function () { return JSON.stringify(Object.fromEntries(new Map([[1, 'one'], [Symbol.iterator, 's']]))); });
t('fromEntries non-object entry', function () { return Object.fromEntries([1]); });
t('fromEntries null', function () { return Object.fromEntries(null); });
t('fromEntries key coercion', function () { return JSON.stringify(Object.fromEntries([[{ toString: function () { return 'k'; } }, 'v'], [null, 0]])); });
t('fromEntries short entry', function () { return JSON.stringify(Object.fromEntries([['a']])); });
t('fromEntries string entries', function () { return JSON.stringify(Object.fromEntries(['ab', 'cd'])); });
t('lengths', function () { return [Object.entries.length, Object.values.length, Object.fromEntries.length]; });
