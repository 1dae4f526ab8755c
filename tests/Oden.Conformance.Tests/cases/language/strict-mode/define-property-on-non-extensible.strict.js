'use strict';
var o = Object.preventExtensions({ a: 1 });
try { o.b = 1; } catch (e) { console.log('assign:', e.name); }
try { Object.defineProperty(o, 'c', { value: 1 }); } catch (e) { console.log('define:', e.name); }
delete o.a;
console.log(JSON.stringify(o), Object.isExtensible(o));
