// this and arguments inside generator bodies are bound at call time
function* g() { yield this.tag; yield arguments.length; yield arguments[1]; }
const obj = { tag: 'obj', g };
const it = obj.g(1, 2, 3);
console.log(it.next().value, it.next().value, it.next().value);
function* sloppyThis() { yield typeof this; }
console.log(sloppyThis().next().value);
function* strictThis() { 'use strict'; yield this; }
console.log(strictThis().next().value);
function* mapped(a) { arguments[0] = 'changed'; yield a; a = 'again'; yield arguments[0]; }
const m = mapped('orig');
console.log(m.next().value, m.next().value);
function* arrowInside() { const f = () => this.v; yield f(); }
console.log(arrowInside.call({ v: 'lexical' }).next().value);
