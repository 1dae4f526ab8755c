// mode: script
var declared = 1;
implicit = 2;
var g = (function () { return this; })();
console.log(delete g.declared, typeof declared);
console.log(delete g.implicit, typeof implicit);
