var e = 'outer e';
function f() {
  try { throw 'thrown'; } catch (e) {
    e = 'assigned in catch';
    var inCatch = e;
  }
  return inCatch + ' / ' + e;
}
console.log(f(), '/', e);
try { throw { code: 42 }; } catch (err) { console.log(err.code); }
