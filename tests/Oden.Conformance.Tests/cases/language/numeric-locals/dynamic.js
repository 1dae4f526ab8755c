// Bindings that code resolved at run time can reach (inside `with`, beside a direct eval) must keep
// whatever that code stores, even where every assignment the compiler sees is numeric.
function viaWith(o) {
  let x = 0;
  for (let i = 0; i < 3; i++) x = x + i;
  with (o) { x = 'from with'; }
  return typeof x + ' ' + x;
}
console.log(viaWith({}));
console.log(viaWith({ x: 1 }));

function viaEval(code) {
  let n = 1;
  n = n * 2;
  eval(code);
  return typeof n + ' ' + n;
}
console.log(viaEval('n = "from eval"'));
console.log(viaEval('n = n + 1'));

function nested(code) {
  let total = 0;
  for (let i = 0; i < 4; i++) total += i;
  const f = () => eval(code);
  f();
  return typeof total + ' ' + total;
}
console.log(nested('total = [total]'));
