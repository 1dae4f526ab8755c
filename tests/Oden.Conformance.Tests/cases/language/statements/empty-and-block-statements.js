;;;
var x = 0;
{ x++; { x++; } }
console.log(x);
for (var i = 0; i < 5; i++);
console.log(i);
if (true) {} else {}
{}
console.log('done');
