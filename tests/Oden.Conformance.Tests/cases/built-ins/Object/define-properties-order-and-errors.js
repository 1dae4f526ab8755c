function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('order', function () { var log = []; var descs = {}; ['b', 'a', '1'].forEach(function (k) { Object.defineProperty(descs, k, { get: function () { log.push(k); return { value: k, enumerable: true }; }, enumerable: true }); }); var o = Object.defineProperties({}, descs); return [log.join(), Object.keys(o).join()]; });
t('symbols included', function () { var s = Symbol('s'); var d = {}; d[s] = { value: 1 }; return Object.defineProperties({}, d)[s]; });
t('non-object props', function () { return Object.defineProperties({}, undefined); });
t('string props arg', function () { return Object.defineProperties({}, 'ab'); });
t('target primitive', function () { return Object.defineProperties(1, {}); });
t('all descriptors validated first', function () { var o = {}; try { Object.defineProperties(o, { a: { value: 1 }, b: { get: 5 } }); } catch (e) { return [e.name, 'a' in o]; } });
t('returns target', function () { var o = {}; return Object.defineProperties(o, {}) === o; });
