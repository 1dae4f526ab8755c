function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var s = Symbol('x');
t('==', function () { return [s == s, s == Object(s), s == 'Symbol(x)']; });
t('comparison throws', function () { return s < 1; });
t('Boolean', function () { return [Boolean(s), !s]; });
t('Object keys', function () { var o = {}; o[Object(s)] = 1; return o[s]; });
t('String.prototype on wrapper', function () { return Object(s).toString(); });
t('JSON of wrapper', function () { return JSON.stringify({ w: Object(s) }); });
t('typeof description', function () { return typeof Symbol().description; });
t('Symbol as function name', function () { return Symbol.name + Symbol.length; });
