try { Object.create(5); } catch (e) { console.log(e.name); }
try { Object.create(undefined); } catch (e) { console.log(e.name); }
var base = { kind: 'base' };
var mid = Object.create(base);
var leaf = Object.create(mid);
console.log(leaf.kind, base.isPrototypeOf(leaf), Object.getPrototypeOf(leaf) === mid);
base.kind = 'changed';
console.log(leaf.kind);
