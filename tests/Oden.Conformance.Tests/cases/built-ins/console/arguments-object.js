(function () { console.log(arguments); })(1, 'two');
(function () { console.log(arguments); })();
(function (a) { console.log(arguments.length, a); })('x', 'y');
(function () { console.log([arguments[0], arguments[1]]); })(3, 4);
console.log('done');
