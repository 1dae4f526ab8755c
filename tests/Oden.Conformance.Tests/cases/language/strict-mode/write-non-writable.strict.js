'use strict';
var o = {};
Object.defineProperty(o, 'ro', { value: 1, writable: false });
try { o.ro = 2; console.log('no error'); } catch (e) { console.log('non-writable:', e.name); }
var frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log('frozen write:', e.name); }
try { frozen.b = 2; } catch (e) { console.log('frozen add:', e.name); }
var sealed = Object.seal({ a: 1 });
sealed.a = 5;
try { sealed.b = 1; } catch (e) { console.log('sealed add:', e.name); }
console.log(o.ro, frozen.a, sealed.a);
