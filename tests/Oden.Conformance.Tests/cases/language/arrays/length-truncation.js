var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(JSON.stringify(a), a[3]);
a.length = 4;
console.log(a.length, 2 in a, JSON.stringify(a));
a.length = 0;
console.log(a.length, JSON.stringify(a));
try { a.length = -1; } catch (e) { console.log(e.name); }
try { a.length = 1.5; } catch (e) { console.log(e.name); }
a.length = '3';
console.log(a.length);
