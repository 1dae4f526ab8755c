function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('toJSON gets key', function () { var keys = []; var o = { toJSON: function (k) { keys.push(k); return 1; } }; JSON.stringify({ a: o, b: [o] }); JSON.stringify(o); return JSON.stringify(keys); });
t('toJSON non-callable', function () { return JSON.stringify({ toJSON: 5, a: 1 }); });
t('toJSON on proto', function () { var P = { toJSON: function () { return 'P'; } }; return JSON.stringify([Object.create(P)]); });
t('toJSON before replacer', function () { return JSON.stringify({ a: { toJSON: function () { return 2; } } }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }); });
t('Date toJSON', function () { return JSON.stringify({ d: new Date(0) }); });
t('invalid Date', function () { return JSON.stringify(new Date(NaN)); });
t('Date toJSON generic', function () { return Date.prototype.toJSON.call({ toISOString: function () { return 'ISO'; } }); });
t('Date toJSON non-finite', function () { return Date.prototype.toJSON.call({ valueOf: function () { return Infinity; }, toISOString: function () { return 'no'; } }); });
t('Date toJSON no toISOString', function () { return Date.prototype.toJSON.call({}); });
t('wrappers', function () { return JSON.stringify([new Number(3), new String('s'), new Boolean(false), Object(Symbol())]); });
t('wrapper custom valueOf', function () { var n = new Number(1); n.valueOf = function () { return 9; }; var s = new String('a'); s.toString = function () { return 'b'; }; return JSON.stringify([n, s]); });
t('boolean wrapper ignores valueOf', function () { var b = new Boolean(true); b.valueOf = function () { return false; }; return JSON.stringify(b); });
t('symbol values', function () { var o = { a: Symbol(), b: 1 }; o[Symbol('k')] = 2; return JSON.stringify([JSON.stringify(o), JSON.stringify([Symbol()]), JSON.stringify(Symbol())]); });
t('functions', function () { return JSON.stringify([JSON.stringify({ f: function () {} }), JSON.stringify([function () {}]), JSON.stringify(function () {})]); });
