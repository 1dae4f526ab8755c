'use strict';
var o = {};
Object.defineProperty(o, 'fixed', { value: 1, configurable: false });
try { delete o.fixed; console.log('deleted'); } catch (e) { console.log(e.name, e instanceof TypeError); }
try { delete Object.prototype; } catch (e) { console.log('prototype:', e.name); }
var arr = [1, 2];
try { delete arr.length; } catch (e) { console.log('length:', e.name); }
console.log(delete o.missing);
