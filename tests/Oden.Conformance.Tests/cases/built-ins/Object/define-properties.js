var o = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get: function () { return this.a + 1; }, enumerable: true },
  c: { value: 3, writable: true }
});
console.log(o.a, o.b, o.c, JSON.stringify(o));
console.log(Object.keys(o).join(','));
o.c = 30;
o.a = 10;
console.log(o.a, o.c);
