function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('concat arrays', function () { return ''.concat([1, 2], [3]); });
t('concat objects', function () { return 'x'.concat({ toString: function () { return 'T'; } }); });
t('plus uses valueOf', function () { return 'x' + { toString: function () { return 'T'; }, valueOf: function () { return 'V'; } }; });
t('concat uses toString', function () { return 'x'.concat({ toString: function () { return 'T'; }, valueOf: function () { return 'V'; } }); });
t('concat symbol', function () { return ''.concat(Symbol()); });
t('concat many', function () { var parts = []; for (var i = 0; i < 50; i++) parts.push(i); return String.prototype.concat.apply('', parts).length; });
