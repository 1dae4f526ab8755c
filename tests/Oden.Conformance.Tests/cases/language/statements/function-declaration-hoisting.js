console.log(typeof f, f());
function f() { return 'hoisted'; }
console.log(typeof g);
var g = function () { return 'expr'; };
console.log(typeof g, g());
function h() { return 1; }
function h() { return 2; }
console.log(h());
