// with is a SyntaxError in strict code (reported when the code is compiled: here through eval).
try {
  eval('"use strict"; with ({}) {}');
  console.log('no error');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
function strictFn() {
  'use strict';
  try { eval('with ({}) {}'); } catch (e) { return e.name; }
  return 'no error';
}
console.log(strictFn());
try { new Function('"use strict"; with ({}) {}'); } catch (e) { console.log(e.name); }
var sloppy = new Function('o', 'with (o) { return x; }');
console.log(sloppy({ x: 'from with' }));
