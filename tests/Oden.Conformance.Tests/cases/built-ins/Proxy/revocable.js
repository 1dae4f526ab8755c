function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var r = Proxy.revocable({ a: 1 }, {});
t('shape', function () { return Object.keys(r).join(); });
t('works', function () { return r.proxy.a; });
t('revoke fn', function () { return [r.revoke.length, JSON.stringify(r.revoke.name)]; });
t('after revoke get', function () { r.revoke(); return r.proxy.a; });
t('revoke twice', function () { return r.revoke(); });
t('after revoke ops', function () { return ['has', 'keys', 'typeof', 'proto'].map(function (op) { try { if (op === 'has') return 'a' in r.proxy; if (op === 'keys') return Object.keys(r.proxy); if (op === 'typeof') return typeof r.proxy; return Object.getPrototypeOf(r.proxy); } catch (e) { return e.name; } }).join(); });
t('revoked as target', function () { return new Proxy(r.proxy, {}); });
t('revoked as handler', function () { var rr = Proxy.revocable({}, {}); rr.revoke(); return new Proxy({}, rr.proxy); });
t('Proxy without new', function () { return Proxy({}, {}); });
t('non-object args', function () { return [1, 2].map(function (i) { try { return i === 1 ? new Proxy(1, {}) : new Proxy({}, null); } catch (e) { return e.name; } }); });
t('no prototype prop', function () { return [Proxy.hasOwnProperty('prototype'), Proxy.length, Proxy.revocable.length]; });
