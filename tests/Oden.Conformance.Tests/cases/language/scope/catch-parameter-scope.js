var e = 'outer';
try { throw 'inner'; } catch (e) {
  console.log(e);
  e = 'modified';
}
console.log(e);
try { throw 1; } catch (err) { var fromCatch = err + 1; }
console.log(fromCatch);
try { throw 1; } catch (err2) {}
console.log(typeof err2);
