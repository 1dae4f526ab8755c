function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var frozen = Object.freeze({ a: 1 });
t('defineProperty', function () { return [Reflect.defineProperty(frozen, 'b', { value: 1 }), (function () { try { Object.defineProperty(frozen, 'b', { value: 1 }); } catch (e) { return e.name; } })()]; });
t('set frozen', function () { return Reflect.set(frozen, 'a', 2); });
t('getPrototypeOf primitive', function () { return [Object.getPrototypeOf('x') === String.prototype, (function () { try { Reflect.getPrototypeOf('x'); } catch (e) { return e.name; } })()]; });
t('isExtensible primitive', function () { return [Object.isExtensible(1), (function () { try { Reflect.isExtensible(1); } catch (e) { return e.name; } })()]; });
t('ownKeys vs keys', function () { var o = Object.defineProperty({ a: 1 }, 'h', { value: 1 }); return [Reflect.ownKeys(o).join(), Object.keys(o).join()]; });
t('has with proxy', function () { var p = new Proxy({}, { has: function (t, k) { return k === 'z'; } }); return [Reflect.has(p, 'z'), Reflect.has(p, 'y')]; });
t('deleteProperty array length', function () { return Reflect.deleteProperty([], 'length'); });
t('set array length', function () { var a = [1, 2, 3]; return [Reflect.set(a, 'length', 1), a.length]; });
t('get with index', function () { return [Reflect.get([5, 6], 1), Reflect.get('ab', 0 === 0 ? {} : 0, 0)]; });
t('apply with array-like', function () { return Reflect.apply(function () { return arguments.length; }, null, { length: 3 }); });
