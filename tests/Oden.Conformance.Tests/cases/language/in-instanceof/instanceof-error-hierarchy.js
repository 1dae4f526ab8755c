var errs = [new Error('e'), new TypeError('t'), new RangeError('r'), new SyntaxError('s'), new ReferenceError('f'), new EvalError('v'), new URIError('u')];
for (var i = 0; i < errs.length; i++) {
  var e = errs[i];
  console.log(e.name, e instanceof Error, e instanceof TypeError, e instanceof RangeError, Object.getPrototypeOf(Object.getPrototypeOf(e)) === Error.prototype);
}
