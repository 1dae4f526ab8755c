function Point() {}
var BP = Point.bind(null);
var p = new Point();
console.log(p instanceof BP);
var q = new BP();
console.log(q instanceof Point, q instanceof BP);
