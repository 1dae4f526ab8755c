'use strict';
function Timer() {
  this.ticks = 0;
  [1, 2, 3].forEach(() => { this.ticks++; });
}
var t = new Timer();
console.log(t.ticks);
var plain = function () { return () => this; };
console.log(plain()());
console.log(plain.call('s')() === 's');
