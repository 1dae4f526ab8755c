var o = {};
Object.defineProperty(o, 'x', { get: function () { return 'getter'; }, configurable: true });
console.log(o.x);
Object.defineProperty(o, 'x', { value: 'data' });
var d = Object.getOwnPropertyDescriptor(o, 'x');
console.log(o.x, d.writable, d.configurable, 'get' in d);
try { Object.defineProperty(o, 'y', { value: 1, get: function () {} }); } catch (e) { console.log(e.name); }
try { Object.defineProperty(o, 'z', { get: 5 }); } catch (e) { console.log(e.name); }
try { Object.defineProperty(o, 'z', 'not an object'); } catch (e) { console.log(e.name); }
