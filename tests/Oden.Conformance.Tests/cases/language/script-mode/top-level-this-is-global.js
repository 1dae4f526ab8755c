// mode: script
var g = (function () { return this; })();
console.log(this === g);
console.log(typeof this);
var arrow = () => this;
console.log(arrow() === g);
this.viaThis = 42;
console.log(viaThis);
