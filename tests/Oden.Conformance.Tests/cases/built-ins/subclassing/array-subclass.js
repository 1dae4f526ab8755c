class List extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const l = new List();
l.push(1, 2, 3);
console.log(l.length, l.sum(), Array.isArray(l), l instanceof List, l instanceof Array);
const doubled = l.map(x => x * 2);
console.log(doubled instanceof List, doubled.sum(), doubled.constructor === List);
console.log(l.filter(x => x > 1) instanceof List, l.slice(1) instanceof List, l.concat([4]) instanceof List);
console.log(List.from([5, 6]) instanceof List, List.of(7, 8).sum());
const l2 = new List(3);
console.log(l2.length, JSON.stringify(l2));
const l3 = new List(1, 2);
console.log(l3.length, l3.sum());
l.length = 1;
console.log(l.length, JSON.stringify(l));
l[5] = 9;
console.log(l.length);
class NoSpecies extends Array { static get [Symbol.species]() { return Array; } }
const ns = new NoSpecies();
ns.push(1);
console.log(ns.map(x => x) instanceof NoSpecies, ns.map(x => x) instanceof Array);
console.log(Object.prototype.toString.call(l), JSON.stringify(List.of(1, 2)));
console.log(l.splice(0, 1) instanceof List);
