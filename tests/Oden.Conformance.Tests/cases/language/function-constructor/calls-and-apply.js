// Function called through call/apply/Reflect and as a subclass-less constructor value.
var f1 = Function.call(null, 'a', 'return a + 1');
var f2 = Function.apply(null, ['a', 'b', 'return a * b']);
var f3 = Reflect.construct(Function, ['return "reflect"']);
console.log(f1(1), f2(3, 4), f3());
var F = Function;
console.log(new F('return "alias"')());
console.log(typeof Function.prototype, Function.prototype() === undefined);
var manyParams = new Function('a', 'b', 'c', 'd', 'e', 'return a + b + c + d + e');
console.log(manyParams(1, 2, 3, 4, 5), manyParams.length);
