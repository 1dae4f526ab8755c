function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('array push', function () { var a = Object.preventExtensions([1]); try { a.push(2); } catch (e) { return e.name + a.length; } });
t('array index assign sloppy', function () { var a = Object.preventExtensions([1]); a[1] = 2; return [a.length, 1 in a]; });
t('array length shrink ok', function () { var a = Object.preventExtensions([1, 2]); a.length = 1; return a.length; });
t('function props', function () { var f = Object.preventExtensions(function () {}); f.x = 1; return [f.x, Object.isExtensible(f)]; });
t('delete still works', function () { var o = Object.preventExtensions({ a: 1 }); delete o.a; return 'a' in o; });
t('defineProperty existing ok', function () { var o = Object.preventExtensions({ a: 1 }); Object.defineProperty(o, 'a', { value: 2 }); return o.a; });
t('prototype change blocked', function () { var o = Object.preventExtensions({}); try { o.__proto__ = Array.prototype; } catch (e) { return e.name; } });
