function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('null undefined empty', function () { return [null, undefined, 1].join('-'); });
t('nested nulls', function () { return [[null], [undefined], [[]]].join('|'); });
t('objects', function () { return [{}, [1, 2], function () {}.name].join(';'); });
t('toString called', function () { return [{ toString: function () { return 'T'; } }].join(); });
t('toString throwing', function () { return [{ toString: function () { throw new URIError('j'); } }].join(); });
t('long separator', function () { return [1, 2, 3].join(', and then ').length; });
t('unicode separator', function () { return ['a', 'b'].join('\u2014'); });
t('single element', function () { return [[5].join('x'), [undefined].join('x') === ''];});
t('join on sparse huge length', function () { var o = { length: 3 }; return JSON.stringify(Array.prototype.join.call(o, '+')); });
