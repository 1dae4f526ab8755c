// SameValueZero for Map/Set keys and includes; SameValue for Object.is and defineProperty.
const m = new Map();
m.set(1n, 'one');
m.set(2n ** 80n, 'big');
m.set(1, 'number one');
console.log(m.get(1n), m.get(BigInt(1)), m.get(2n ** 80n), m.get(1), m.size, m.has(0n));
m.set(BigInt('1'), 'uno');
console.log(m.size, m.get(1n));
m.delete(2n ** 80n);
console.log(m.size, Array.from(m.keys()));
const s = new Set([1n, 1n, BigInt(1), 2n, -0n, 0n, 0]);
console.log(s.size, Array.from(s), s.has(0n), s.has(-0n), s.has(2n), s.has(2));
console.log([NaN, 1n].includes(1n), [1n].includes(BigInt('0x1')), [10n ** 30n].includes(10n ** 30n));
console.log(Object.is(10n ** 30n, 10n ** 30n), Object.is(-1n, 1n));
const o = {};
Object.defineProperty(o, 'x', { value: 5n, writable: false, configurable: false });
try { Object.defineProperty(o, 'x', { value: 5n }); console.log('same value ok'); } catch (e) { console.log(e.constructor.name); }
try { Object.defineProperty(o, 'x', { value: 6n }); console.log('no'); } catch (e) { console.log(e.constructor.name); }
const wm = new WeakMap();
try { wm.set(1n, 1); } catch (e) { console.log(e.constructor.name); }
