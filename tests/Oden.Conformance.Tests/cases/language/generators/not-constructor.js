// generator functions and methods are not constructors
function* g() {}
try { new g(); console.log('constructed'); } catch (e) { console.log(e instanceof TypeError); }
const o = { *m() { yield 'method'; } };
try { new o.m(); } catch (e) { console.log(e instanceof TypeError); }
console.log(o.m().next().value, o.m.name, typeof o.m.prototype);
const expr = function* named() { yield typeof named; };
console.log(expr.name, expr().next().value);
const anon = function* () {};
console.log(anon.name === 'anon');
console.log(Reflect.ownKeys(o.m).join(','));
