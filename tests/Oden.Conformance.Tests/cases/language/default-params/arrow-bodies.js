// Arrow functions with defaults: expression and block bodies, own scope for defaults.
const x = 'outer x';
const a1 = (p = x) => p;
const a2 = (p = () => x) => { var x = 'body x'; return p(); };
const a3 = (p = 1, q = p + 1) => [p, q];
const a4 = ({ k = 'k' } = {}) => k;
const a5 = (f = (n) => n * 2, ...rest) => rest.map(f);
console.log(a1(), a2(), a3().join(), a3(5).join(), a4(), a5(undefined, 1, 2));
const make = (base) => (inc = base) => base + inc;
console.log(make(3)(), make(3)(1));
const thisArrow = { v: 'object', get() { return ((p = this.v) => p)(); } };
console.log(thisArrow.get());
