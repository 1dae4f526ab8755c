// mode: script
console.log(typeof early, typeof lateFn);
var g = (function () { return this; })();
console.log('early' in g, 'lateFn' in g);
var early = 'value';
function lateFn() {}
console.log(early, g.early);
