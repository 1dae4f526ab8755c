'use strict';
exports.thisInPlainCall = function () { return (function () { return this; })(); };
exports.assignUndeclared = function () {
  try { notDeclaredInStrictModule = 1; return 'assigned'; } catch (e) { return e.name; }
};
