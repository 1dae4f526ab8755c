function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('non-object target', function () { return Object.defineProperty(1, 'a', {}); });
t('non-object descriptor', function () { return Object.defineProperty({}, 'a', 1); });
t('get and value', function () { return Object.defineProperty({}, 'a', { get: function () {}, value: 1 }); });
t('set and writable', function () { return Object.defineProperty({}, 'a', { set: function () {}, writable: true }); });
t('get non-callable', function () { return Object.defineProperty({}, 'a', { get: 1 }); });
t('get undefined ok', function () { var o = Object.defineProperty({}, 'a', { get: undefined }); return JSON.stringify(Object.getOwnPropertyDescriptor(o, 'a')); });
t('descriptor getters order', function () { var log = []; var d = {}; ['enumerable', 'configurable', 'value', 'writable', 'get', 'set'].forEach(function (k) { Object.defineProperty(d, k, { get: function () { log.push(k); return undefined; }, enumerable: true }); }); try { Object.defineProperty({}, 'x', d); } catch (e) { log.push(e.name); } return log.join(); });
t('inherited descriptor fields', function () { var d = Object.create({ value: 'inh', enumerable: true }); var o = Object.defineProperty({}, 'a', d); return [o.a, Object.keys(o).join()]; });
t('redefine non-configurable', function () { var o = Object.defineProperty({}, 'a', { value: 1 }); return Object.defineProperty(o, 'a', { value: 2 }); });
t('redefine same ok', function () { var o = Object.defineProperty({}, 'a', { value: 1 }); return Object.defineProperty(o, 'a', { value: 1, writable: false }) === o; });
t('enumerable change', function () { var o = Object.defineProperty({}, 'a', { value: 1 }); return Object.defineProperty(o, 'a', { enumerable: true }); });
t('writable false to true', function () { var o = Object.defineProperty({}, 'a', { value: 1 }); return Object.defineProperty(o, 'a', { writable: true }); });
t('accessor to data non-config', function () { var o = Object.defineProperty({}, 'a', { get: function () {} }); return Object.defineProperty(o, 'a', { value: 1 }); });
t('defineProperties atomic check', function () { var o = {}; try { Object.defineProperties(o, { a: { value: 1 }, b: 5 }); } catch (e) { return e.name + ' ' + Object.keys(o).length + ' ' + ('a' in o); } });
t('symbol key', function () { var s = Symbol('q'); var o = Object.defineProperty({}, s, { value: 1, enumerable: true }); return [o[s], Object.keys(o).length]; });
t('array index past length', function () { var a = Object.defineProperty([], 5, { value: 'x', configurable: true, enumerable: true, writable: true }); return a.length; });
t('array length non-writable then index', function () { var a = Object.defineProperty([1], 'length', { writable: false }); return Object.defineProperty(a, 1, { value: 2 }); });
t('array length shrink partial', function () { var a = [1, 2, 3]; Object.defineProperty(a, 1, { value: 2, configurable: false }); try { Object.defineProperty(a, 'length', { value: 0 }); } catch (e) { return e.name + ' ' + a.length; } });
