var proto = { x: 'proto' };
var o = Object.create(proto);
console.log(o.x);
o.x = 'own';
console.log(o.x, proto.x);
delete o.x;
console.log(o.x);
delete o.x;
console.log(o.x);
