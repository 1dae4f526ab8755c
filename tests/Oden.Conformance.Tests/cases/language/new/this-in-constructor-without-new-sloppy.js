function Person(name) { this.name = name; }
var result = Person('leaky');
console.log(result);
var g = (function () { return this; })();
console.log(g.name);
delete g.name;
function Safe(name) {
  if (!(this instanceof Safe)) return new Safe(name);
  this.name = name;
}
console.log(Safe('guarded').name, Safe('x') instanceof Safe);
