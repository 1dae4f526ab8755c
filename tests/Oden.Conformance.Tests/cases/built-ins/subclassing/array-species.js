let constructed = 0;
class Tracked extends Array {
  constructor(n) { constructed++; if (arguments.length === 1) super(n); else super(); }
}
const t = Tracked.from([1, 2, 3]);
constructed = 0;
const m = t.map(x => x * 2);
console.log(m instanceof Tracked, m.length, constructed, m.join());
constructed = 0;
t.filter(x => x > 1);
t.slice(0, 2);
t.splice(0, 0);
t.concat([4]);
t.flat();
t.flatMap(x => [x]);
console.log(constructed);
class Other extends Array { static get [Symbol.species]() { return Tracked; } }
const o = Other.of(1, 2);
console.log(o.map(x => x) instanceof Tracked, o instanceof Other);
class NullSpecies extends Array { static get [Symbol.species]() { return null; } }
console.log(NullSpecies.of(1).map(x => x).constructor === Array);
class BadSpecies extends Array { static get [Symbol.species]() { return 1; } }
try { BadSpecies.of(1).map(x => x); } catch (e) { console.log(e.constructor.name); }
const plain = [1, 2];
plain.constructor = Tracked;
console.log(plain.map(x => x) instanceof Tracked);
console.log(Array[Symbol.species] === Array, Tracked[Symbol.species] === Tracked);
