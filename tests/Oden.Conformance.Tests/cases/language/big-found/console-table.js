// console.table prints node's box-drawn table: (index)/(iteration index) columns, one column per property
// (or per name given), a Values column for primitive rows, shallow left-aligned cells, wide characters.
console.table([{ sku: 'BK-101', stock: 3, price: 49.9 }, { sku: 'TL-302', stock: 48, tags: ['a', 'b', 'c', 'd'] }]);
console.table({ ada: { spent: 112.07 }, grace: { spent: 99.98, tier: 'bronze' } });
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['a', 1], ['b', { x: 1, y: 2, z: 3 }]]));
console.table(new Set(['x', 'y']));
console.table([{ a: 1, b: 2 }], ['b']);
console.table('not tabular'); console.table([]); console.table(null); console.table(5, ['x']);
console.table([{ 'é': 'ünï', n: null, u: undefined, f() {} }]);
console.table([{ 10: 'ten', 2: 'two', z: 'zed', a: { deep: { deeper: 1 } } }, { a: [1, [2, [3]]], b: { p: 1, q: 2, r: 3 } }]);
console.table([[1, 2], [3, 4, 5]]);
console.table(new Map([[1, 2]]).keys()); console.table(new Map([[1, 2]]).entries()); console.table(new Set([7]).entries());
console.table([{ name: '日本語', emoji: '😀' }, { name: 'x' }]);
console.table([{ a: 1 }, 'prim', { b: 2 }], ['a', 'b']);
console.group('grouped'); console.table([{ k: 1 }]); console.groupEnd();
class P { constructor() { this.x = 1; } } console.table([new P(), new P()]);
console.table([{ s: 'it\'s "q"', big: 10n, sym: Symbol('s'), d: new Date(0) }]);
try { console.table([], 'x'); } catch (e) { console.log(e.name); }
