// Spreading strings (code points), Sets, Maps, typed arrays and array-likes via Array.from.
console.log([...'ab😀c'].length, [...''].length);
console.log([...new Set('aabbc')].join(''));
console.log([...new Map([[1, 'a'], [2, 'b']]).values()].join());
console.log([...new Uint8Array([3, 1, 2])].sort().join());
const arrayLike = { 0: 'x', 1: 'y', length: 2 };
try { [...arrayLike]; } catch (e) { console.log('array-like', e.constructor.name); }
console.log([...Array.from(arrayLike)].join());
console.log(Math.max(...new Set([1, 9, 4])));
const unique = (xs) => [...new Set(xs)];
console.log(unique([3, 1, 3, 2, 1]));
console.log([...[1, 2].entries()].map(([i, v]) => i + ':' + v).join(' '));
