// Defaults, patterns and rest in generator, async and class method parameters.
function* gen({ from = 0, to = 2 } = {}, ...extra) { for (let i = from; i <= to; i++) yield i; yield* extra; }
console.log([...gen()], [...gen({ from: 1, to: 1 }, 'x')]);
class Shape {
  constructor({ w = 1, h = w } = {}) { this.w = w; this.h = h; }
  scale(factor = 2, [dx, dy] = [0, 0]) { return [this.w * factor + dx, this.h * factor + dy]; }
  static of(...dims) { return new Shape({ w: dims[0], h: dims[1] }); }
}
console.log(new Shape().scale(), new Shape({ w: 3 }).scale(1, [1, 1]), Shape.of(4, 5).scale());
console.log(Shape.prototype.scale.length, Shape.of.length);
async function load(id, { retries = 1, log = [] } = {}) { log.push(await id); return `${id}:${retries}:${log.length}`; }
load('a').then((v) => console.log(v));
const arrowAsync = async ({ v } = { v: 'dflt' }) => v;
arrowAsync().then((v) => console.log('arrow', v));
async function asyncTdz(a = b, b = 1) { return a; }
asyncTdz().catch((e) => console.log('async parameter error rejects', e.constructor.name));
