function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('toString on wrapper', function () { return String.prototype.toString.call(new String('w')); });
t('toString on primitive', function () { return String.prototype.toString.call('p'); });
t('toString on object', function () { return String.prototype.toString.call({}); });
t('valueOf on number', function () { return String.prototype.valueOf.call(1); });
t('generic methods on objects', function () { return String.prototype.toUpperCase.call({ toString: function () { return 'obj'; } }); });
t('generic on array', function () { return String.prototype.indexOf.call([1, 2, 3], '2'); });
t('generic on bool', function () { return String.prototype.slice.call(true, 1); });
t('symbol this throws', function () { return String.prototype.trim.call(Symbol()); });
t('toString order', function () { var log = []; var o = { toString: function () { log.push('ts'); return 'abc'; } }; var a = { valueOf: function () { log.push('arg'); return 1; } }; String.prototype.charAt.call(o, a); return log; });
t('template coercion uses toString', function () { var o = { toString: function () { return 'T'; }, valueOf: function () { return 'V'; } }; return `${o}` + (o + ''); });
