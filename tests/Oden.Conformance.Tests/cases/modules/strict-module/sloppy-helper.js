exports.thisInPlainCallIsGlobal = function () {
  var g = (function () { return this; })();
  return typeof g === 'object' && g !== null && g.Math === Math;
};
