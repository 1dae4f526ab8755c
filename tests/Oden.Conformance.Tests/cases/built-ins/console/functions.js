function named() {}
var anonymous = [function () {}][0];
var arrow = () => 1;
console.log(named);
console.log(anonymous);
console.log(arrow);
console.log({ f: named, g: function () {}, h() {} });
console.log([named, () => {}]);
