var a = [];
a[2 ** 32 - 2] = 'last';
console.log(a.length);
try { a.push('overflow'); } catch (e) { console.log(e.name); }
var b = [1, 2, 3];
b.length = 1;
b.length = 3;
console.log(JSON.stringify(b), b.length);
var c = [1, 2, 3];
Object.defineProperty(c, 'length', { writable: false });
try { c.push(4); } catch (e) { console.log('push:', e.name); }
console.log(c.length);
