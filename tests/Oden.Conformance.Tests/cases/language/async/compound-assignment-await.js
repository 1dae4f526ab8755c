// compound assignments and updates around await keep their reference and old value
async function f() {
  const o = { n: 1, arr: [10, 20] };
  o.n += await 5;
  o.arr[await 1] *= await 3;
  let x = 2;
  x **= await 3;
  const key = 'n';
  o[key] -= await Promise.resolve(1);
  let s = 'a';
  s += await 'b';
  return JSON.stringify([o, x, s]);
}
f().then(console.log);
