'use strict';
class A {}
const original = A.prototype;
try { A.prototype = {}; console.log('assigned'); } catch (e) { console.log(e.constructor.name); }
console.log(A.prototype === original);
try { delete A.prototype; console.log('deleted'); } catch (e) { console.log(e.constructor.name); }
console.log(A.prototype === original);
try { Object.defineProperty(A, 'prototype', { value: {} }); } catch (e) { console.log(e.constructor.name); }
A.prototype.constructor = 5;
console.log(A.prototype.constructor);
function F() {}
F.prototype = { a: 1 };
console.log(F.prototype.a);
A.name2 = 'x';
console.log(A.name2);
try { A.name = 'B'; } catch (e) { console.log('name', e.constructor.name); }
console.log(A.name);
