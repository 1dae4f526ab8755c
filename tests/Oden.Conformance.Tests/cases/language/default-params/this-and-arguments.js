// this, arguments and new.target-free constructors with defaults.
function Point(x = 0, y = x) { this.x = x; this.y = y; }
const p = new Point(3);
console.log(p.x, p.y, new Point().x);
function F(a = this) { return a; }
const inst = { F };
console.log(inst.F() === inst);
function sloppy(a = this) { return typeof a; }
console.log(sloppy(), sloppy.call('str'));
const strictFn = (function () { "use strict"; return function (a = this) { return a; }; })();
console.log(typeof strictFn.call(undefined));
function args(a, b = arguments.length, c = arguments[0]) { return [b, c]; }
console.log(args('first').join(), args('first', undefined, 'third').join());
const arrowInFn = function (a = () => arguments.length) { return a(); };
console.log(arrowInFn(undefined, 2, 3));
