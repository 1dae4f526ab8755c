try {
  let a = a + 1;
  console.log(a);
} catch (e) {
  console.log(e.name);
}
try {
  const b = typeof b;
} catch (e) {
  console.log(e.name);
}
let outer = 'outer';
{
  try { let outer = outer; } catch (e) { console.log('shadow', e.name); }
}
