function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('fill', function () { return [1, 2, 3].fill(0); });
t('fill start', function () { return [1, 2, 3].fill(0, 1); });
t('fill range', function () { return [1, 2, 3, 4].fill(9, 1, 3); });
t('fill negative', function () { return [1, 2, 3, 4].fill(9, -3, -1); });
t('fill NaN', function () { return [1, 2, 3].fill(9, NaN, NaN); });
t('fill holes', function () { return Array(3).fill('x'); });
t('fill generic', function () { return JSON.stringify(Array.prototype.fill.call({ length: 2 }, 'v')); });
t('fill frozen', function () { return Object.freeze([1]).fill(0); });
t('fill frozen empty range', function () { return Object.freeze([1]).fill(0, 1); });
t('copyWithin', function () { return [1, 2, 3, 4, 5].copyWithin(0, 3); });
t('copyWithin end', function () { return [1, 2, 3, 4, 5].copyWithin(0, 3, 4); });
t('copyWithin overlap fwd', function () { return [1, 2, 3, 4, 5].copyWithin(1, 0); });
t('copyWithin negative', function () { return [1, 2, 3, 4, 5].copyWithin(-2, -3, -1); });
t('copyWithin holes', function () { var r = [1, , 3, 4].copyWithin(0, 1); return [r.length, 0 in r, r[1], r[2]]; });
t('copyWithin generic', function () { return JSON.stringify(Array.prototype.copyWithin.call({ length: 5, 3: 1 }, 0, 3)); });
t('copyWithin no args', function () { return [1, 2].copyWithin(); });
t('lengths', function () { return [Array.prototype.fill.length, Array.prototype.copyWithin.length]; });
