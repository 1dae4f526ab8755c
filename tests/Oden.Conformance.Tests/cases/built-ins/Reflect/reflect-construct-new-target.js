function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function Base() { this.proto = Object.getPrototypeOf(this); }
function Other() {}
Other.prototype.tag = 'other';
t('prototype from newTarget', function () { var o = Reflect.construct(Base, [], Other); return [o.proto === Other.prototype, o.tag]; });
t('builtin with newTarget', function () { var a = Reflect.construct(Array, [3], Other); return [Array.isArray(a), a.length, a.tag]; });
t('Map with newTarget', function () { var m = Reflect.construct(Map, [], Other); return [m.tag, Map.prototype.has.call(m, 1)]; });
t('Error with newTarget', function () { var e = Reflect.construct(TypeError, ['m'], Other); return [e.tag, e.message, Object.prototype.toString.call(e)]; });
t('newTarget prototype not object', function () { function NT() {} NT.prototype = null; var o = Reflect.construct(Base, [], NT); return o.proto === Object.prototype; });
t('newTarget bound function', function () { var B = Other.bind(); var o = Reflect.construct(Base, [], B); return o.tag; });
