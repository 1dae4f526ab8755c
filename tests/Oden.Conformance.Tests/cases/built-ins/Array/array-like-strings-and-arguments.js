function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('map over string', function () { return Array.prototype.map.call('abc', function (c) { return c.toUpperCase(); }).join(''); });
t('filter string', function () { return Array.prototype.filter.call('a1b2', function (c) { return c > '9'; }).join(''); });
t('reverse via slice', function () { return Array.prototype.slice.call('abc').reverse().join(''); });
t('join string', function () { return Array.prototype.join.call('abc', '-'); });
t('indexOf string', function () { return Array.prototype.indexOf.call('abc', 'c'); });
t('arguments map', function () { return (function () { return Array.prototype.map.call(arguments, function (x) { return x * 2; }); })(1, 2, 3); });
t('arguments concat', function () { return (function () { return [0].concat(arguments).length; })(1, 2); });
t('arguments from', function () { return (function () { return Array.from(arguments); })('a', 'b'); });
t('arguments sort', function () { return (function () { Array.prototype.sort.call(arguments); return Array.prototype.join.call(arguments); })(3, 1, 2); });
t('arguments splice', function () { return (function () { var r = Array.prototype.splice.call(arguments, 0, 1); return [r.join(), arguments.length, arguments[0]]; })(1, 2, 3); });
t('fill string', function () { return Array.prototype.fill.call('ab', 'x'); });
t('number receiver', function () { return Array.prototype.map.call(5, function (x) { return x; }).length; });
t('boolean receiver push', function () { return Array.prototype.push.call(true, 1); });
