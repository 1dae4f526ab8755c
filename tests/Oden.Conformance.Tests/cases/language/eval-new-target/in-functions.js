// new.target inside direct eval code is the new.target of the enclosing function.
function F() { return { nt: eval('new.target'), same: eval('new.target') === F }; }
console.log(JSON.stringify(F()), new F().same, typeof new F().nt);

function G() { this.r = eval('new.target === G'); }
console.log(new G().r, Reflect.construct(G, [], Array).r);
function H() { this.t = eval('new.target'); }
console.log(Reflect.construct(H, [], Array).t === Array);

// Arrow functions in eval code (and around it) inherit it.
function A() { this.arrow = eval('(() => new.target)()'); this.outer = (() => eval('new.target'))(); }
const a = new A();
console.log(a.arrow === A, a.outer === A);
console.log(JSON.stringify(A.call({})));

// Nested eval, and eval in a block with let bindings.
function N() { { let x = 1; this.v = eval("eval('new.target') === N && x === 1"); } }
console.log(new N().v);

// Functions declared inside eval code have their own new.target.
function Outer() { return eval('function Inner() { return new.target; } [new.target === Outer, Inner() === undefined, new Inner() instanceof Inner]'); }
console.log(JSON.stringify(new Outer()), JSON.stringify(Outer()));

// Classes: constructors see theirs; methods, getters and static blocks have undefined.
class C {
  constructor() { this.ctor = eval('new.target') === C; }
  m() { return eval('new.target'); }
  get g() { return eval('new.target'); }
  static s = eval('new.target');
  static { this.block = eval('new.target'); }
}
class D extends C { constructor() { super(); this.derived = eval('new.target') === D; } }
const d = new D();
console.log(new C().ctor, d.ctor, d.derived, new C().m(), new C().g, C.s, C.block);

// Strict functions and strict eval code.
function S() { 'use strict'; return eval('"use strict"; new.target'); }
console.log(S() === undefined, new S() instanceof S);

// Generators and async functions are not constructors: undefined.
function* gen() { yield eval('new.target'); }
async function af() { return eval('new.target'); }
console.log(gen().next().value);
af().then((v) => console.log('async', v));

// typeof, and new.target in an expression context within eval.
function T() { return eval('typeof new.target'); }
console.log(T(), new T() instanceof T);

// The module top level is a function in node (CommonJS): undefined, not a SyntaxError.
console.log(eval('new.target'));
console.log((() => eval('new.target'))());

// Indirect eval is global code: always a SyntaxError.
function I() { try { (0, eval)('new.target'); } catch (e) { return e.constructor.name; } }
console.log(I(), new I() instanceof I);
const indirect = eval;
function J() { try { return indirect('new.target'); } catch (e) { return e.constructor.name; } }
console.log(J());

// new Function bodies have their own new.target (already a function).
const K = new Function('return eval("new.target")');
console.log(K(), new K() instanceof K);
