var level = 0;
function one() {
  var a = 'a';
  function two() {
    var b = 'b';
    function three() {
      var c = 'c';
      return a + b + c + level;
    }
    return three();
  }
  return two();
}
console.log(one());
level = 9;
console.log(one());
