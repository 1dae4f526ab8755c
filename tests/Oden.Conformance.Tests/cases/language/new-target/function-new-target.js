function F() { return new.target; }
console.log(F() === undefined, new F() === F ? 'F returned' : typeof new F());
function G() { this.t = new.target; }
const g = new G();
console.log(g.t === G);
function H() { if (!new.target) return new H(); this.made = true; }
console.log(H().made, new H().made);
function Arrow() { const a = () => new.target; this.t = a(); }
console.log(new Arrow().t === Arrow);
function Nested() { return (() => () => new.target)()(); }
console.log(Nested() === undefined, typeof new Nested());
function Inner() { function inner() { return new.target; } return inner(); }
console.log(Inner() === undefined, new Inner() instanceof Inner);
console.log(Reflect.construct(G, [], Arrow).t === Arrow);
function Args(a, b) { this.sum = a + b; this.t = new.target === Args; }
console.log(JSON.stringify(new Args(1, 2)), JSON.stringify(Reflect.construct(Args, [3, 4])));
function WithArguments() { this.n = arguments.length; this.t = new.target === WithArguments; }
console.log(JSON.stringify(new WithArguments(1, 2, 3)));
const bound = G.bind(null);
console.log(new bound().t === G);
