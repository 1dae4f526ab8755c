// Chains of + that start as string concatenation ('a' + n + ';'): numbers of every kind in the middle,
// objects, symbols and side effects at the end, and the order in which operands are evaluated and converted.
const log = [];
function obj(name, prim) {
  return { valueOf() { log.push(name + '.valueOf'); return prim; }, toString() { log.push(name + '.toString'); return 'S' + name; } };
}
function chains(label) {
  let out = [];
  for (let i = -2; i <= 2; i++) {
    let d = i / 4;
    let k = i * 1e21;
    out.push('i' + i + ';', 'd' + d + '|' + (d * 3), i + 'x' + d, 'k' + k + '.' + -0, 'n' + (i / 0) + ',' + (0 / 0));
  }
  console.log(label, out.join(' '));
}
chains('numbers');
let n = 5;
console.log('a' + n + 'b' + obj('o', 7), log.join(','));
log.length = 0;
console.log('a' + n + obj('p', 'prim'), log.join(','));
log.length = 0;
console.log('x' + 1 + 2, 1 + 2 + 'x', 1 + 'x' + 2, 'x' + 1.5 + -0 + 1e-7);
console.log('d' + new Date(0).getTime() + ':' + [1, [2, 3]]);
console.log('t' + n + ':' + { [Symbol.toPrimitive](hint) { return 'hint=' + hint; } });
try { console.log('s' + n + ':' + Symbol('x')); } catch (e) { console.log(e.name); }
let counter = 0;
const side = { toString() { return 'c' + counter; }, valueOf() { counter++; return 'v' + counter; } };
console.log('a' + counter + '/' + side, counter);
let m = 1;
console.log('m' + (m += 2) + ':' + m, 'p' + m++ + m, m);
console.log('big' + 123456789012 + 'neg' + -98765.4321);
console.log('five' + n + 'parts' + n + obj('q', 3), log.join(','));
