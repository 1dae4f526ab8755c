// catch (pattern)
try { throw new TypeError('bad thing'); } catch ({ name, message }) { console.log(name, message); }
try { throw [1, 2, 3]; } catch ([first, , third]) { console.log(first, third); }
try { throw { a: { b: 'deep' } }; } catch ({ a: { b }, c = 'def' }) { console.log(b, c); }
try {
  try { throw null; } catch ({ x }) { console.log('unreachable'); }
} catch (e) { console.log('pattern threw', e.constructor.name); }
// the catch bindings are local to the clause; closures capture them
const fns = [];
for (const v of ['p', 'q']) {
  try { throw { v }; } catch ({ v: caught }) { fns.push(() => caught); }
}
console.log(fns.map((f) => f()).join());
try { throw { m: 1 }; } catch ({ m }) { m = 2; console.log(m); }
try { throw 'str'; } catch ([c0, ...cs]) { console.log(c0, cs.join('')); }
let out;
try { throw { n: 5 }; } catch ({ n, ...rest }) { out = [n, Object.keys(rest).length]; }
console.log(out);
