// URLSearchParams from a string (leading ? dropped), a record, a sequence, another instance, nothing.
function dump(p) { return p.toString() + ' ' + JSON.stringify(Array.from(p)); }
console.log(dump(new URLSearchParams()));
console.log(dump(new URLSearchParams('')));
console.log(dump(new URLSearchParams('?a=1&b=2')));
console.log(dump(new URLSearchParams('??a=1')));
console.log(dump(new URLSearchParams({ a: '1', b: 2, c: true })));
console.log(dump(new URLSearchParams([['x', '1'], ['x', '2'], ['y', '']])));
const src = new URLSearchParams('k=v');
const copy = new URLSearchParams(src);
copy.append('k', 'w');
console.log(dump(src), dump(copy));
console.log(dump(new URLSearchParams(null)), dump(new URLSearchParams(123)));
console.log(dump(new URLSearchParams(new Map([['m', '1']]))));
for (const bad of [[['a']], [['a', 'b', 'c']], [1]]) {
  try { new URLSearchParams(bad); console.log('ok'); } catch (e) { console.log(JSON.stringify(bad), e.constructor.name); }
}
try { URLSearchParams(); } catch (e) { console.log(e.constructor.name); }
