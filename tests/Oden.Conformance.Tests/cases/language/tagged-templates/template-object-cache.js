// The strings array is created once per site: the same (frozen) object on every evaluation.
function identity(s) { return s; }
function site() { return identity`same ${1} site`; }
const first = site();
const second = site();
console.log(first === second);
console.log(identity`x` === identity`x`);
console.log(Object.isFrozen(first), Object.isFrozen(first.raw), Array.isArray(first), Array.isArray(first.raw));
const desc = Object.getOwnPropertyDescriptor(first, 'raw');
console.log(desc.enumerable, desc.writable, desc.configurable);
console.log(Object.keys(first).join(), first.length);
const seen = [];
for (let i = 0; i < 3; i++) seen.push(identity`loop${i}`);
console.log(seen[0] === seen[1] && seen[1] === seen[2]);
'use strict';
try { first[0] = 'changed'; } catch (e) { console.log('strict write', e.constructor.name); }
console.log(first[0]);
const fns = [1, 2].map(() => (s) => s);
console.log(fns[0]`a` === fns[1]`a`);
function strictWrite(s) { 'use strict'; try { s.raw[0] = 'x'; } catch (e) { return e.constructor.name; } }
console.log(strictWrite`q`);
