function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('Function.prototype callable', function () { return [typeof Function.prototype, Function.prototype(1, 2)]; });
t('Function.prototype not constructor', function () { return new Function.prototype(); });
t('Function.prototype proto', function () { return Object.getPrototypeOf(Function.prototype) === Object.prototype; });
t('function proto', function () { return Object.getPrototypeOf(function () {}) === Function.prototype; });
t('prototype property writable', function () { function F() {} F.prototype = { custom: 1 }; return new F().custom; });
t('prototype primitive falls back', function () { function F() {} F.prototype = 5; return Object.getPrototypeOf(new F()) === Object.prototype; });
t('constructor returns object', function () { function F() { return { o: 1 }; } return new F().o; });
t('constructor returns primitive', function () { function F() { this.x = 1; return 5; } return new F().x; });
t('methods not constructors', function () { var o = { m() {} }; try { new o.m(); } catch (e) { return e.name; } });
t('getter not constructor', function () { var g = Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get; try { new g(); } catch (e) { return e.name; } });
t('builtin not constructor', function () { try { new Math.max(); } catch (e) { return e.name; } });
t('hasInstance non-callable prototype', function () { function F() {} F.prototype = 1; try { return {} instanceof F; } catch (e) { return e.name; } });
