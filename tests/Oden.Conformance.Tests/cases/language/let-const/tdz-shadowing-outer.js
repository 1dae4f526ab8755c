var x = 'outer';
function f() {
  try {
    return x;
  } finally {
    console.log('finally runs');
  }
  let x = 'inner';
}
try { f(); } catch (e) { console.log(e.name); }
{
  try { console.log(x); } catch (e) { console.log('block', e.name); }
  let x = 'block';
  console.log(x);
}
