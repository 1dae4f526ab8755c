var o = {};
Object.defineProperty(o, 'ro', { value: 1, writable: false });
o.ro = 2;
var frozen = Object.freeze({ a: 1 });
frozen.a = 2;
frozen.b = 2;
var ne = Object.preventExtensions({});
ne.x = 1;
console.log(o.ro, frozen.a, frozen.b, ne.x);
