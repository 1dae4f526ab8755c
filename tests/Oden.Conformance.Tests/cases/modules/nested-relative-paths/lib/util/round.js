exports.roundTo = function (x, digits) {
  var m = Math.pow(10, digits);
  return Math.round(x * m) / m;
};
