function f() { return typeof new.target; }
console.log(f(), typeof new f());
const obj = { m() { return new.target; }, get g() { return new.target; } };
console.log(obj.m(), obj.g);
const viaCall = function () { return new.target; };
console.log(viaCall.call({}), viaCall.apply(null, []));
function Counter() { Counter.count = (Counter.count || 0) + (new.target ? 1 : 0); }
new Counter(); Counter(); new Counter();
console.log(Counter.count);
function Direct() { return new.target === undefined; }
console.log(Direct(), Direct(1, 2, 3));
function withParams(a, b, c) { return [a, b, c, new.target === undefined].join(); }
console.log(withParams(1), withParams(1, 2, 3, 4));
function Ctor(a, b) { this.all = [a, b, new.target === Ctor].join(); }
console.log(new Ctor(1).all, new Ctor(1, 2, 3).all);
console.log(new.target === undefined);
