var x = 1;
function a() {
  var x = 2;
  function b() {
    var x = 3;
    return x;
  }
  return [x, b()];
}
console.log(a().join(','), x);
let y = 'outer';
{
  let y = 'inner';
  console.log(y);
}
console.log(y);
