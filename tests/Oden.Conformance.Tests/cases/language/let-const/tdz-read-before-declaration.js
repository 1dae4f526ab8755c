try {
  console.log(x);
} catch (e) {
  console.log(e.name, e instanceof ReferenceError);
}
let x = 'initialized';
console.log(x);
{
  try { y = 5; } catch (e) { console.log('write:', e.name); }
  let y;
  console.log(y);
}
