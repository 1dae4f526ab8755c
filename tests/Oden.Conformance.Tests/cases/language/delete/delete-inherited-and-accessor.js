var proto = { inherited: 1 };
var o = Object.create(proto);
console.log(delete o.inherited, o.inherited);
var acc = { get x() { return 1; } };
console.log(delete acc.x, 'x' in acc);
var nc = Object.defineProperty({}, 'fixed', { get: function () { return 'f'; } });
console.log(delete nc.fixed, nc.fixed);
