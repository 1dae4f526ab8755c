// `this` is not an identifier: with cannot change it. `arguments` is, and can be shadowed.
var o = { value: 'obj', arguments: 'obj arguments', self: 'obj self' };
function f(a) {
  with (o) {
    return [this === undefined ? 'undefined' : typeof this, arguments, a].join('|');
  }
}
console.log(f(1));
function g(a) {
  with ({ b: 2 }) {
    return arguments.length + ':' + arguments[0] + ':' + b;
  }
}
console.log(g('x', 'y'));
var obj = {
  m: function () {
    with ({ value: 'shadow' }) { return this.value + '/' + value; }
  },
  value: 'this value',
};
console.log(obj.m());
