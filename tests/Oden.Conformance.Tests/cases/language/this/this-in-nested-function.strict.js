'use strict';
var o = {
  m: function () {
    function inner() { return this; }
    return inner();
  }
};
console.log(o.m());
console.log(typeof (function () { return this; })());
