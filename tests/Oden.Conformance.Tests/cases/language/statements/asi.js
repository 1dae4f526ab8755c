var a = 1
var b = 2
console.log(a + b)
function f() {
  return
  42
}
console.log(f())
var c = a
++b
console.log(c, b)
var s = 'x'
console.log(s)
