function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('array indices as strings', function () { var keys = []; JSON.parse('[[1],[2]]', function (k, v) { keys.push(typeof k + ':' + k); return v; }); return keys.join(' '); });
t('replace nested array element', function () { return JSON.stringify(JSON.parse('{"a":[1,2,3]}', function (k, v) { return typeof v === 'number' ? v * 10 : v; })); });
t('reviver returns array for object', function () { return JSON.stringify(JSON.parse('{"a":{"b":1}}', function (k, v) { return k === 'a' ? [v.b] : v; })); });
t('reviver holder for root is wrapper', function () { var info; JSON.parse('[1]', function (k, v) { if (k === '') info = Object.keys(this).join() + ':' + (this[''] === v); return v; }); return info; });
t('date revival', function () { var o = JSON.parse('{"when":"2020-01-01T00:00:00.000Z"}', function (k, v) { return typeof v === 'string' && /^\d{4}-/.test(v) ? new Date(v) : v; }); return [o.when instanceof Date, o.when.getTime()]; });
t('reviver sees parsed primitives', function () { var types = []; JSON.parse('[true,null,"s",1.5]', function (k, v) { if (k !== '') types.push(v === null ? 'null' : typeof v); return v; }); return types.join(); });
