try {
  var s = `${Symbol('x')}`;
  console.log('no error', s);
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
try { '' + Symbol('y'); } catch (e) { console.log(e.name); }
console.log(String(Symbol('z')));
