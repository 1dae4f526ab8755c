// Bindings that only ever hold numbers: their arithmetic, comparisons and conversions must give exactly
// what the generic operators give (NaN, -0, infinities, int32 wrapping, shifts, remainders, powers).
function show(label, v) { console.log(label, typeof v, Object.is(v, -0) ? '-0' : String(v)); }

function basics() {
  let a = 7, b = 2;
  show('add', a + b);
  show('sub', a - b);
  show('mul', a * b);
  show('div', a / b);
  show('rem', a % b);
  let n = -7;
  show('rem neg', n % b);
  show('rem -0', -4 % 2);
  let z = -4;
  show('rem -0 var', z % b);
  show('pow', a ** b);
  let one = 1, nan = 0 / 0;
  show('1 ** NaN', one ** nan);
  show('NaN ** 0', nan ** 0);
  let inf = 1 / 0;
  show('inf', inf);
  show('-inf', -inf);
  show('inf - inf', inf - inf);
  show('rem inf', a % inf);
  show('inf rem', inf % a);
  let negZero = -0;
  show('neg zero', negZero);
  show('neg of zero', -(a - a));
  show('0 * -1', (a - a) * -1);
  show('x / -0', a / negZero);
}

function bitwise() {
  let big = 4294967295, x = 2147483648, y = -1;
  show('or 0', big | 0);
  show('>>> 0', y >>> 0);
  show('x | 0', x | 0);
  show('~x', ~x);
  show('~~2.7', ~~2.7);
  let f = -2.7;
  show('~~f', ~~f);
  show('<<', 1 << 31);
  let s = 33;
  show('<< 33', 1 << s);
  show('>> 33', -16 >> s);
  show('>>> 33', -16 >>> s);
  let h = 0x9e3779b9;
  for (let i = 0; i < 5; i++) h = (h ^ (h >>> 15)) * 2246822507 >>> 0;
  show('hash', h);
  let m = 1e21;
  show('1e21 | 0', m | 0);
  let nan = 0 / 0;
  show('NaN | 0', nan | 0);
  show('NaN >>> 0', nan >>> 0);
  let neg = -1e10;
  show('-1e10 >> 0', neg >> 0);
}

function comparisons() {
  let nan = 0 / 0, one = 1, negZero = -0, zero = 0;
  console.log('NaN <', nan < one, nan <= one, nan > one, nan >= one, nan === nan, nan !== nan, nan == nan, nan != nan);
  console.log('one', one < 2, one <= 1, one > 0, one >= 1, one === 1, one !== 1);
  console.log('zeros', negZero === zero, negZero == zero, negZero < zero, negZero >= zero);
  let r = [];
  if (nan < one) r.push('a'); else r.push('b');
  if (!(nan >= one)) r.push('c');
  if (nan !== nan) r.push('d');
  if (one <= 1 && zero < one) r.push('e');
  while (one < 4) one += 1;
  r.push(one);
  console.log(r.join(','));
}

function loops() {
  let total = 0;
  for (let i = 0; i < 10; i++) {
    for (let j = i; j > 0; j -= 3) total += i * j;
  }
  show('nested', total);
  let k = 10, count = 0;
  do { k = k / 2; count++; } while (k > 0.1);
  show('halvings', count);
  let x = 1;
  const y = x++ + ++x;
  show('x', x);
  show('y', y);
  let c = 5;
  show('post dec', c--);
  show('after', c);
  let p = 0.1, q = 0.2;
  show('0.1+0.2', p + q);
  let chain, d = 3;
  chain = d = d * 2;
  show('chain', chain);
  let t = count > 3 ? 1.5 : -2;
  show('conditional', t);
  let u = (d += 1, d * 2);
  show('sequence', u);
}

basics();
bitwise();
comparisons();
loops();
