function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('NaN', function () { return Object.is(NaN, NaN); });
t('0 -0', function () { return [Object.is(0, -0), Object.is(-0, -0), Object.is(0, 0)]; });
t('strings', function () { return [Object.is('a', 'a'), Object.is('a', new String('a'))]; });
t('objects', function () { var o = {}; return [Object.is(o, o), Object.is({}, {})]; });
t('undefined null', function () { return [Object.is(undefined, null), Object.is(), Object.is(null, null)]; });
t('number vs string', function () { return Object.is(1, '1'); });
t('symbols', function () { var s = Symbol(); return [Object.is(s, s), Object.is(Symbol.for('x'), Symbol.for('x'))]; });
t('defineProperty SameValue -0', function () { var o = {}; Object.defineProperty(o, 'z', { value: 0 }); try { Object.defineProperty(o, 'z', { value: -0 }); return 'ok'; } catch (e) { return e.name; } });
t('defineProperty NaN same', function () { var o = {}; Object.defineProperty(o, 'n', { value: NaN }); Object.defineProperty(o, 'n', { value: NaN }); return 'ok'; });
t('length', function () { return Object.is.length; });
