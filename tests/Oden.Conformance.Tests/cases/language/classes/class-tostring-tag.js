class Tagged { get [Symbol.toStringTag]() { return 'TaggedThing'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
class Plain {}
console.log(Object.prototype.toString.call(new Plain()), Object.prototype.toString.call(Plain));
class StaticTag { static [Symbol.toStringTag] = 'ClassTag'; }
console.log(Object.prototype.toString.call(StaticTag));
console.log(typeof Plain.toString(), Plain.toString === Function.prototype.toString);
class Printable { toString() { return 'printable!'; } valueOf() { return 10; } }
const p = new Printable();
console.log(`${p}`, p + 1, String(p), p * 2, [p].join());
class Json { toJSON() { return { json: true }; } }
console.log(JSON.stringify({ a: new Json() }));
