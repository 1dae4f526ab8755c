var proto = {};
Object.defineProperty(proto, 'ro', { get: function () { return 'proto getter'; } });
var child = Object.create(proto);
child.ro = 'attempt';
console.log(child.ro, child.hasOwnProperty('ro'));
var proto2 = Object.defineProperty({}, 'fixed', { value: 1, writable: false });
var child2 = Object.create(proto2);
child2.fixed = 2;
console.log(child2.fixed, child2.hasOwnProperty('fixed'));
