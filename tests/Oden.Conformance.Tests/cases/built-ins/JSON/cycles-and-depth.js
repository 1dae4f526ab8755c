function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('self', function () { var o = {}; o.o = o; return JSON.stringify(o); });
t('array self', function () { var a = []; a.push(a); return JSON.stringify(a); });
t('indirect', function () { var a = { b: {} }; a.b.c = [a]; return JSON.stringify(a); });
t('shared not cycle', function () { var s = { x: 1 }; return JSON.stringify([s, s, { s: s }]); });
t('cycle via toJSON', function () { var o = { toJSON: function () { return { o: o }; } }; return JSON.stringify(o); });
t('cycle via replacer', function () { var o = {}; return JSON.stringify(o, function (k, v) { return k === 'z' ? o : (k === '' ? { z: 1 } : v); }); });
t('sibling after error state clean', function () { var o = {}; o.o = o; try { JSON.stringify(o); } catch (e) {} return JSON.stringify({ a: [1] }); });
t('deep ok', function () { var v = 0; for (var i = 0; i < 500; i++) v = [v]; return JSON.stringify(v).length; });
t('parse deep', function () { var s = ''; for (var i = 0; i < 500; i++) s += '['; s += '0'; for (i = 0; i < 500; i++) s += ']'; return Array.isArray(JSON.parse(s)); });
t('proxy cycle', function () { var o = {}; var p = new Proxy(o, {}); o.p = p; return JSON.stringify(o); });
