const expr = function named() { return new.target === named; };
console.log(expr(), typeof new expr());
function WithReturn() { return { nt: new.target === WithReturn }; }
console.log(new WithReturn().nt, WithReturn().nt);
function Recursive(n) { if (n > 0) return new Recursive(n - 1); this.depth = new.target === Recursive; }
console.log(new Recursive(3).depth, Recursive(2) instanceof Recursive);
function Spread(a, b, c) { this.v = [a, b, c, new.target === Spread].join(); }
const args = [1, 2, 3];
console.log(new Spread(...args).v);
function Default(a = new.target) { this.d = a === Default; }
console.log(new Default().d, new Default(5).d);
const Ctor = function () { this.ok = !!new.target; };
console.log(new Ctor().ok, [1].map(function () { return new.target; })[0]);
