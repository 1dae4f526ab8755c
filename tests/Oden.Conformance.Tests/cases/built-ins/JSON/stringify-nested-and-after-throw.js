// JSON.stringify inside toJSON and replacers (a stringify within a stringify), and after one that threw:
// each call's output is its own, whole and nothing else.
const inner = { toJSON() { return JSON.stringify({ deep: [1, { toJSON() { return JSON.stringify('x'); } }] }); } };
console.log(JSON.stringify({ a: inner, b: [inner, 2] }));
console.log(JSON.stringify({ a: 1, b: 2 }, function (k, v) { return k === 'b' ? JSON.stringify({ k, v }, null, 1) : v; }));
const bomb = { ok: 1, get boom() { JSON.stringify({ half: 'written' }); throw new RangeError('boom'); } };
try { JSON.stringify({ first: 'part', x: bomb }); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify({ after: 'throw' }), JSON.stringify([undefined, () => 1, Symbol('s')]), JSON.stringify(undefined));
console.log(JSON.stringify({ wrapperless: true }, null, 2));
console.log(JSON.stringify('top', function (k, v) { return typeof this + ':' + JSON.stringify(Object.keys(this)) + ':' + k + ':' + v; }));
