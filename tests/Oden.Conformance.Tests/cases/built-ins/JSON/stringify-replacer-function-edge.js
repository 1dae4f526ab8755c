function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('root key empty', function () { var keys = []; JSON.stringify({ a: 1 }, function (k, v) { keys.push(JSON.stringify(k)); return v; }); return keys.join(); });
t('holder for root', function () { var h; JSON.stringify(5, function (k, v) { if (k === '') h = this; return v; }); return JSON.stringify(h); });
t('array keys are strings', function () { var types = []; JSON.stringify([1, 2], function (k, v) { types.push(typeof k + k); return v; }); return types.join(); });
t('replace with undefined in array', function () { return JSON.stringify([1, 2], function (k, v) { return k === '0' ? undefined : v; }); });
t('replace root undefined', function () { return String(JSON.stringify(1, function () { return undefined; })); });
t('replacer returns new object', function () { return JSON.stringify({ a: 1 }, function (k, v) { return k === 'a' ? { nested: [v] } : v; }); });
t('replacer sees toJSON result', function () { var seen; JSON.stringify({ d: new Date(0) }, function (k, v) { if (k === 'd') seen = typeof v; return v; }); return seen; });
t('replacer this mutation', function () { return JSON.stringify({ a: 1, b: 2 }, function (k, v) { if (k === 'a') delete this.b; return v; }); });
t('replacer and indent', function () { return JSON.stringify({ a: [1] }, function (k, v) { return v; }, 1); });
t('replacer throws', function () { return JSON.stringify({ a: 1 }, function () { throw new EvalError('r'); }); });
t('replacer with symbol values', function () { return JSON.stringify({ a: 1 }, function (k, v) { return k ? Symbol() : v; }); });
