var ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
ctors.forEach(function (C) {
  var e = new C('msg');
  var f = C('no new');
  console.log(e.name, e.message, e instanceof C, e instanceof Error, f instanceof C, f.message);
});
