function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('hasOwn', function () { return [Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({}, 'toString'), Object.hasOwn([1], 0), Object.hasOwn('ab', 1), Object.hasOwn('ab', 'length')]; });
t('hasOwn null', function () { return Object.hasOwn(null, 'a'); });
t('hasOwn key coercion order', function () { var log = []; try { Object.hasOwn(null, { toString: function () { log.push('key'); return 'k'; } }); } catch (e) { log.push(e.name); } return log; });
t('hasOwnProperty key first', function () { var log = []; try { Object.prototype.hasOwnProperty.call(null, { toString: function () { log.push('key'); return 'k'; } }); } catch (e) { log.push(e.name); } return log; });
t('propertyIsEnumerable', function () { return [{ a: 1 }.propertyIsEnumerable('a'), [].propertyIsEnumerable('length'), 'ab'.propertyIsEnumerable(0), Object.prototype.propertyIsEnumerable.call('ab', 'length')]; });
t('symbol keys', function () { var s = Symbol(); var o = {}; o[s] = 1; return [o.hasOwnProperty(s), o.propertyIsEnumerable(s), Object.hasOwn(o, s)]; });
t('isPrototypeOf', function () { var p = {}; var o = Object.create(p); return [p.isPrototypeOf(o), Object.prototype.isPrototypeOf(o), o.isPrototypeOf(p), Object.prototype.isPrototypeOf.call(p, 1)]; });
t('isPrototypeOf null this with primitive', function () { return Object.prototype.isPrototypeOf.call(null, 1); });
t('isPrototypeOf null this with object', function () { return Object.prototype.isPrototypeOf.call(null, {}); });
t('lengths', function () { return [Object.hasOwn.length, Object.prototype.hasOwnProperty.length, Object.prototype.propertyIsEnumerable.length, Object.prototype.isPrototypeOf.length]; });
