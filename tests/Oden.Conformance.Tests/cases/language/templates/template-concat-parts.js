// Template literals of 2 to 9 parts: values and order of the ToString calls, long parts (ropes), parts
// that are themselves concatenations, and the same results as `+`.
const log = [];
const o = (name, text) => ({ toString() { log.push(name); return text; } });
const a = o('a', 'A'), b = o('b', 'BB'), c = o('c', 'CCC'), d = o('d', ''), e = o('e', 'E');
console.log(`${a}`, `x${a}`, `${a}${b}`, `${a}-${b}`, `<${a}|${b}|${c}>`, `${a}${b}${c}${d}${e}`);
console.log(log.join(''));
log.length = 0;
console.log(`1${a}2${b}3${c}4${d}5${e}6${a}7${b}8`, log.join(''));
const n = 12.5, m = -3, u = undefined, nl = null, t = true, big = 10n, sym = Symbol('s');
console.log(`${n}|${m}|${u}|${nl}|${t}|${big}`, `${[1, [2, 3]]}`, `${{}}`);
try { console.log(`${sym}`); } catch (err) { console.log(err instanceof TypeError); }
// Long parts: the result stays correct whether it is joined flat or as a rope.
const long = 'x'.repeat(600);
const r1 = `${long}${long}`;
const r2 = `[${long}]${long}[${long}]`;
const r3 = `${long}-${long}-${long}-${long}`;
console.log(r1.length, r2.length, r3.length, r2[0], r2[601], r2[602], r3.indexOf('-'), r3.lastIndexOf('-'));
let acc = '';
for (let i = 0; i < 300; i++) acc = `${acc}<${i}>`;
console.log(acc.length, acc.slice(0, 12), acc.slice(-12));
let acc2 = '';
for (let i = 0; i < 300; i++) acc2 += `(${i},${i * 2})`;
console.log(acc2.length, acc2 === Array.from({ length: 300 }, (_, i) => `(${i},${i * 2})`).join(''));
console.log(`${'a' + 1}${2 + 'b'}${`${'c'}${'d'}`}` === 'a12bcd');
// Tagged templates still receive the parts separately.
const tag = (strings, ...values) => strings.raw.join('|') + '#' + values.join(',');
console.log(tag`p${1}q${2}r${3}s`);
