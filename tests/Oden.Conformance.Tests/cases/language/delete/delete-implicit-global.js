var g = (function () { return this; })();
g.implicitOne = 1;
console.log(delete g.implicitOne, typeof implicitOne);
(function () { implicitTwo = 2; })();
console.log(typeof implicitTwo, delete implicitTwo, typeof implicitTwo);
