function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function MyArray() { var a = []; a.tag = 'mine'; a.args = Array.prototype.slice.call(arguments); return a; }
function withSpecies(arr, S) { arr.constructor = {}; arr.constructor[Symbol.species] = S; return arr; }
['map', 'filter', 'slice', 'splice', 'concat', 'flat', 'flatMap'].forEach(function (m) {
  t(m, function () {
    var a = withSpecies([1, 2, 3], MyArray);
    var r = m === 'map' || m === 'filter' || m === 'flatMap' ? a[m](function (x) { return x; }) : a[m](0, 1);
    return [r.tag, JSON.stringify(r.args)];
  });
});
t('species null', function () { var a = withSpecies([1], null); return Array.isArray(a.map(function (x) { return x; })); });
t('species undefined', function () { var a = withSpecies([1], undefined); return Array.isArray(a.slice()); });
t('constructor undefined', function () { var a = [1]; a.constructor = undefined; return Array.isArray(a.slice()); });
t('constructor primitive', function () { var a = [1]; a.constructor = 5; return a.slice(); });
t('species not ctor', function () { return withSpecies([1], function () {}.bind ? Math.max : 0).slice(); });
t('non-array receiver', function () { var o = { length: 1, 0: 'a', constructor: MyArray }; return Array.isArray(Array.prototype.map.call(o, function (x) { return x; })); });
t('species non-extensible result', function () {
  var a = withSpecies([1, 2], function () { return Object.freeze({}); });
  return a.map(function (x) { return x; });
});
t('subclass via proto', function () {
  function Sub() { var a = []; Object.setPrototypeOf(a, Sub.prototype); return a; }
  Sub.prototype = Object.create(Array.prototype); Sub.prototype.constructor = Sub; Sub[Symbol.species] = Sub;
  var s = new Sub(); s.push(1, 2); var r = s.filter(function () { return true; }); return [r instanceof Sub, r.length];
});
