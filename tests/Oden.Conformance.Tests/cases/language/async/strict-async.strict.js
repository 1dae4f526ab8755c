'use strict';
// strict async functions: this is undefined when called plainly
async function f() { await null; return this; }
f().then(v => console.log('this is', v));
async function g() { try { undeclaredAsyncName = 1; } catch (e) { return e.constructor.name; } }
g().then(console.log);
const arrow = async () => typeof this;
arrow().then(console.log);
