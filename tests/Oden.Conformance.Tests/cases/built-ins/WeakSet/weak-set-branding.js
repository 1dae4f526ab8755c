function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var brand = new WeakSet();
function Thing() { brand.add(this); }
Thing.prototype.check = function () { if (!brand.has(this)) throw new TypeError('not a Thing'); return 'ok'; };
t('branded', function () { return new Thing().check(); });
t('unbranded', function () { return Thing.prototype.check.call({}); });
t('object create from proto', function () { return Object.create(Thing.prototype).check(); });
t('delete brand', function () { var x = new Thing(); brand.delete(x); return x.check(); });
t('add twice', function () { var x = {}; brand.add(x); brand.add(x); return brand.has(x); });
t('functions as members', function () { var f = function () {}; return new WeakSet([f]).has(f); });
