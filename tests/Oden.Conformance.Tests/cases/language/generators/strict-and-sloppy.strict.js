'use strict';
// strict generators: this stays undefined, assignments to undeclared names throw
function* g() { yield this; try { undeclaredInGenerator = 1; } catch (e) { yield e.constructor.name; } }
const it = g();
console.log(it.next().value, it.next().value);
function* argumentsUnmapped(a) { arguments[0] = 'changed'; yield a; }
console.log(argumentsUnmapped('kept').next().value);
