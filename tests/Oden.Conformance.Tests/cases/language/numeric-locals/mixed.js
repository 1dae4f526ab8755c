// Numeric bindings meeting values of other types: they must stay JavaScript numbers everywhere a value
// leaves them (strings, property keys, arguments, typeof, JSON) and never capture a non-number.
function show(label, v) { console.log(label, typeof v, JSON.stringify(v)); }

function strings() {
  let n = 5;
  const s = 'n=' + n;
  show('concat', s);
  let m = n + '1';            // a string: m is not numeric
  show('m', m);
  let k = 2;
  k = k + '';
  show('k', k);
  let t = `${n * 2}px`;
  show('template', t);
  let arr = [10, 20, 30];
  let i = 1;
  show('index', arr[i]);
  show('index+1', arr[i + 1]);
  const o = { 1: 'one', 2: 'two' };
  show('key', o[i]);
  show('key', o[i * 2]);
  show('in', i in o);
  show('typeof', typeof i);
  show('json', JSON.stringify({ i, n }));
}

function coercions() {
  let x = 3;
  x = x * '2';                 // * always gives a number
  show('x*"2"', x);
  let y = +'  42 ';
  show('+str', y);
  let z = '8' - 3;
  show('"8"-3', z);
  let w = null * 2;
  show('null*2', w);
  let v = undefined - 1;
  show('undef-1', v);
  let obj = { valueOf() { return 9; } };
  let u = obj * 1;
  show('valueOf', u);
  let q = 10;
  q -= obj;
  show('q', q);
  let b = true + 1;            // not numeric (boolean operand): still prints 2
  show('true+1', b);
  let r = 7;
  r %= '4';
  show('r', r);
}

function bigints() {
  let big = 10n;
  let n = 2;
  try { const bad = big * n; show('bad', String(bad)); } catch (e) { console.log('mix', e instanceof TypeError); }
  try { const x = big >>> 1n; console.log(String(x)); } catch (e) { console.log('>>>', e instanceof TypeError); }
  let m = big * 3n;
  console.log('bigint', typeof m, String(m));
  let c = -big;
  console.log('neg bigint', typeof c, String(c));
  let inc = big;
  inc++;
  console.log('inc bigint', typeof inc, String(inc));
}

function throwsInside() {
  let count = 0;
  const bad = { valueOf() { throw new RangeError('no'); } };
  for (let i = 0; i < 3; i++) {
    try {
      count = count + i * (i === 1 ? bad : 1);
    } catch (e) {
      console.log('caught', e.constructor.name, i, count);
    }
  }
  show('count', count);
}

function closures() {
  let captured = 1;
  const f = () => captured * 2;
  captured = 5;
  show('captured', f());
  let local = 0;
  for (let i = 0; i < 3; i++) local += i;
  const g = [1, 2, 3].map((x) => x * local);
  show('map', g);
}

strings();
coercions();
bigints();
throwsInside();
closures();
