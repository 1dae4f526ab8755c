var a = {};
a.self = a;
try { JSON.stringify(a); } catch (e) { console.log(e.name, e instanceof TypeError); }
var arr = [1];
arr.push([arr]);
try { JSON.stringify(arr); } catch (e) { console.log(e.name); }
var shared = { v: 1 };
console.log(JSON.stringify({ x: shared, y: shared }));
var thrower = { get boom() { throw new RangeError('from getter'); } };
try { JSON.stringify(thrower); } catch (e) { console.log(e.name, e.message); }
