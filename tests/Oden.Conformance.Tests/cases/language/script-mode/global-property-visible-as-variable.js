// mode: script
var g = (function () { return this; })();
g.fromGlobalObject = 'visible';
console.log(fromGlobalObject);
function reader() { return fromGlobalObject; }
console.log(reader());
delete g.fromGlobalObject;
try { reader(); } catch (e) { console.log(e.name); }
console.log(typeof fromGlobalObject);
