// A direct eval in the defaults of generators, async functions and arrows: the same parameter scope.
function* gen(a = eval('var q = 1; q'), b = eval('q + 1')) { yield [a, b, q]; q = 5; yield eval('q'); }
var it = gen();
console.log(JSON.stringify(it.next().value), JSON.stringify(it.next().value));
async function af(a = eval('var r = 2; r')) { await null; return [a, r, eval('r * 2')]; }
af().then(function (v) { console.log(JSON.stringify(v)); });
var arrow = (a = eval('var s = 3; s')) => [a, s];
console.log(JSON.stringify(arrow()));
class C { m(a = eval('var t = 4; t')) { return [a, typeof t]; } }
console.log(JSON.stringify(new C().m()), '(strict: the eval keeps its vars)');
