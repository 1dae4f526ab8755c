function f() {
  try {
    throw new TypeError('original');
  } finally {
    throw new RangeError('replacement');
  }
}
try { f(); } catch (e) { console.log(e.name, e.message); }
function g() {
  try {
    return 'return value';
  } finally {
    throw new SyntaxError('from finally');
  }
}
try { console.log(g()); } catch (e) { console.log(e.name); }
