// next() runs the body to each yield; the sent value is the yield expression's result
function* g(a) {
  console.log('start', a);
  const x = yield 1;
  console.log('x', x);
  const y = yield x + 1;
  console.log('y', y);
  return x + y;
}
const it = g('arg');
console.log('created');
console.log(JSON.stringify(it.next('ignored')));
console.log(JSON.stringify(it.next(10)));
console.log(JSON.stringify(it.next(20)));
console.log(JSON.stringify(it.next(30)));
console.log(JSON.stringify(it.next()));
