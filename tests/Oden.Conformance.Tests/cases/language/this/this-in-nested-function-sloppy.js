var o = {
  name: 'o',
  m: function () {
    function inner() { return this === o; }
    return inner();
  },
  n: function () {
    var self = this;
    function inner() { return self === o; }
    return inner();
  }
};
console.log(o.m(), o.n());
