var fns = [];
for (var i = 0; i < 3; i++) {
  let j = i * 10;
  fns.push(function () { return j; });
}
console.log(fns[0](), fns[1](), fns[2]());
let shared = 'before';
var readShared = function () { return shared; };
shared = 'after';
console.log(readShared());
