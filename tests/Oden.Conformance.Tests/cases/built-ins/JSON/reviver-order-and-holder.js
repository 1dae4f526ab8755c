function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('order', function () { var log = []; JSON.parse('{"a":{"b":1,"c":[2,3]},"d":4}', function (k, v) { log.push(k === '' ? '(root)' : k); return v; }); return log.join(' '); });
t('this is holder', function () { var holders = []; JSON.parse('{"x":{"y":1}}', function (k, v) { holders.push(k + ':' + Object.keys(this).join('|')); return v; }); return holders; });
t('delete by undefined', function () { return JSON.stringify(JSON.parse('{"a":1,"b":2}', function (k, v) { return k === 'a' ? undefined : v; })); });
t('array delete', function () { var r = JSON.parse('[1,2,3]', function (k, v) { return k === '1' ? undefined : v; }); return [r.length, 1 in r]; });
t('root replaced', function () { return JSON.parse('1', function () { return 'root'; }); });
t('mutation visible', function () { return JSON.stringify(JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === 'a') this.b = 20; return v; })); });
t('added key not visited', function () { var log = []; JSON.parse('{"a":1}', function (k, v) { if (k === 'a') this.z = 1; log.push(k); return v; }); return log; });
t('non-callable reviver ignored', function () { return JSON.parse('[1]', 5)[0]; });
t('reviver throws', function () { return JSON.parse('[1]', function () { throw new URIError('r'); }); });
t('numeric keys order', function () { var log = []; JSON.parse('{"b":1,"2":2,"a":3,"1":4}', function (k, v) { log.push(k); return v; }); return log.join(); });
t('array lengths re-read', function () { var log = []; JSON.parse('[1,2,3]', function (k, v) { if (k === '0') this.length = 1; log.push(k); return v; }); return log.join(); });
t('reviver non-configurable target', function () {
  return JSON.stringify(JSON.parse('{"a":{"b":1}}', function (k, v) { if (k === 'b') { Object.defineProperty(this, 'b', { configurable: false }); return 'new'; } return v; }));
});
t('__proto__ key', function () { var o = JSON.parse('{"__proto__":{"x":1}}'); return [Object.keys(o).join(), o.x, Object.getPrototypeOf(o) === Object.prototype]; });
