// application/x-www-form-urlencoded parsing: + is a space, percent-decoding, empty pieces skipped.
const inputs = ['a=b', 'a', 'a=', '=b', '=', '&&a=1&&', 'a=b=c', 'a+b=c+d', 'a%20b=c%2Bd', '%zz=%', '%e2%82%ac=%E2%82%AC',
  '%ff=%c3', 'a=%F0%9F%98%80', 'é=ü', 'a&a&a', 'x=1;y=2', 'q=%2', 'k=%%41'];
for (const s of inputs) {
  const p = new URLSearchParams(s);
  console.log(JSON.stringify(s), JSON.stringify(Array.from(p)));
}
