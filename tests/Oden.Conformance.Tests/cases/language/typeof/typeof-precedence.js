console.log(typeof 1 + 1);
console.log(typeof (1 + 1));
console.log(typeof !0, typeof -'1', typeof +'x');
console.log(typeof void 0, typeof typeof 0);
var o = { f: function () { return 1; } };
console.log(typeof o.f, typeof o.f(), typeof o.g);
