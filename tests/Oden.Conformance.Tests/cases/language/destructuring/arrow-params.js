// Patterns in arrow function parameters.
const pick = ({ a, b }) => a + b;
console.log(pick({ a: 1, b: 2 }));
const head = ([h]) => h;
console.log(head('xyz'), head([9]));
const withDefaults = ({ x = 1 } = {}, [y = 2] = []) => x + y;
console.log(withDefaults(), withDefaults({ x: 10 }), withDefaults(undefined, [20]));
const restArrow = (first, ...rest) => `${first}|${rest.join(',')}`;
console.log(restArrow(1, 2, 3));
const nested = ({ p: { q } }) => q;
console.log(nested({ p: { q: 'Q' } }));
const thisArrow = { v: 'outer', make() { return ({ k = this.v }) => k; } };
console.log(thisArrow.make()({}));
const argsArrow = function () { return (a = arguments[0]) => a; };
console.log(argsArrow('from outer arguments')());
console.log([{ n: 1 }, { n: 2 }].map(({ n }) => n * 10));
console.log(((...args) => args.length)(...'abcd'));
