// Copy order: integer keys ascending, then strings in insertion order, then symbols.
const s1 = Symbol('s1'), s2 = Symbol('s2');
const src = { z: 1, [s2]: 's2', 10: 'ten', a: 2, [s1]: 's1', 2: 'two' };
const copy = { ...src };
console.log(Reflect.ownKeys(copy).map(String).join());
const { a, ...rest } = src;
console.log(Reflect.ownKeys(rest).map(String).join());
const merged = { [s1]: 'first', ...{ [s1]: 'second' } };
console.log(merged[s1]);
const log = [];
const ordered = { get b() { log.push('b'); return 1; }, get 1() { log.push('1'); return 2; }, get [s1]() { log.push('s1'); return 3; } };
({ ...ordered });
console.log(log.join());
