class A { x() {} }
class B extends A {
  del() { try { delete super.x; return 'deleted'; } catch (e) { return e.constructor.name; } }
  delComputed() { let evaluated = false; try { delete super[(evaluated = true, 'x')]; } catch (e) { return e.constructor.name + ' ' + evaluated; } }
}
console.log(new B().del(), typeof A.prototype.x);
console.log(new B().delComputed());
const o = { m() { try { delete super.toString; } catch (e) { return e.constructor.name; } } };
console.log(o.m(), typeof Object.prototype.toString);
