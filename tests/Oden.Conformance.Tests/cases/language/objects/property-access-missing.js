var o = { a: { b: null } };
console.log(o.x, o.a.x, o.a.b);
try { o.x.y; } catch (e) { console.log(e.name); }
try { o.a.b.c; } catch (e) { console.log(e.name); }
console.log('toString' in o, o.hasOwnProperty('toString'));
console.log(o.a.b === null, o.missing === undefined);
