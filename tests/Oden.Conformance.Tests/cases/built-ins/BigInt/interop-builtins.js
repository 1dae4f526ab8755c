// BigInts passing through other builtins: Array, Object, String, Map/Set, Reflect, Symbol.
function t(f) { try { const r = f(); return typeof r === 'bigint' ? r + 'n' : r; } catch (e) { return e.constructor.name; } }
console.log([3n, 1n, 2n].sort((a, b) => (a < b ? -1 : 1)), [10n, 9n, 100n].sort());
console.log(Array.of(1n, 2n), Array.from([1n, 2n], x => x + 1n), [1n, 2n].concat([3n]), [1n, [2n, [3n]]].flat(Infinity));
console.log([1n, 2n, 3n].indexOf(2n), [1n, 2n, 3n].findLast(x => x < 3n), [5n, 6n].fill(0n), [1n, 2n].join('+'));
console.log(Object.fromEntries([['a', 1n]]), Object.entries({ b: 2n }), Object.assign({}, { c: 3n }));
console.log(t(() => 'abc'.at(1n)), 'x'.padStart(3, 1n), 'a-b'.split('-', 1n === 1n ? 2 : 0), String(`${1n}`));
console.log(t(() => Reflect.apply(BigInt.prototype.toString, 255n, [16])), t(() => Reflect.ownKeys(Object(1n))));
console.log(t(() => new Set([1n]).has(BigInt(1))), t(() => new Map([[2n ** 70n, 'x']]).get(2n ** 70n)));
console.log(t(() => Symbol(1n).toString()), t(() => Symbol.for(2n) === Symbol.for('2')));
console.log(t(() => Array(2).fill(7n).map(String)), t(() => [1n, 2n].toString()), t(() => [1n].toLocaleString()));
console.log(t(() => Math.round(1n)), t(() => Number.parseInt(12n)), t(() => (123.456).toFixed(Number(2n))));
console.log(t(() => Object.keys(1n)), t(() => Object.getPrototypeOf(1n) === BigInt.prototype), t(() => Object.isFrozen(1n)));
