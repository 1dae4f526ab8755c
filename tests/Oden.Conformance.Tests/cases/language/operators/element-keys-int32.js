// Element reads whose key is a bitwise operator or shift on numbers (a[n & 63], a[n >>> 18]) take the
// operator's int32 (or uint32) as the index: arrays, holes, prototype elements, typed arrays, strings, plain
// objects, negative and large keys, and receivers that are not objects.
function run() {
  var a = [10, 20, 30, 40];
  var s = 0;
  for (var i = 0; i < 8; i++) s += a[i & 3] * (i | 1);
  console.log('array', s);

  var holes = [1, , 3];
  Array.prototype[1] = 'from proto';
  var out = [];
  for (var j = 0; j < 4; j++) out.push(String(holes[j & 3]));
  delete Array.prototype[1];
  console.log('holes', out.join(','));

  var n = -1;
  var neg = [5, 6];
  neg['-1'] = 'minus one';
  neg['4294967295'] = 'max uint';
  console.log('negative', neg[n | 0], neg[n >> 0], neg[n >>> 0], neg[(n >>> 0) >>> 1]);
  var big = 2147483648;
  console.log('int32 wrap', neg[big | 0], [7, 8][big >>> 31], [7, 8][(big * 2 + 1) | 0]);

  var i16 = new Int16Array([-3, 4, 5, 6]);
  var f64 = new Float64Array([0.5, 1.5]);
  var u8 = new Uint8Array([250, 251]);
  var k = 5;
  console.log('typed', i16[k & 3], f64[k & 1], u8[k >> 2], i16[k << 3], f64[n | 0]);

  var str = 'wxyz';
  console.log('string', str[k & 3], str[k >>> 1], str[k << 4]);

  var obj = { 0: 'zero', 1: 'one', '-2': 'minus two' };
  var m = -2;
  console.log('object', obj[k & 1], obj[m | 0], obj[m >>> 30]);

  var args = (function () { return arguments; })('p', 'q');
  console.log('arguments', args[k & 1], args[k >> 3]);

  var proxyLog = [];
  var proxy = new Proxy([], { get: function (t, key) { proxyLog.push(typeof key + ':' + key); return key; } });
  console.log('proxy', proxy[k & 2], proxy[n >>> 0], proxy[n | 0], proxyLog.join(' '));

  var getter = [];
  Object.defineProperty(getter, 3, { get: function () { return 'getter'; } });
  console.log('getter', getter[k & 3], getter[k ^ 6]);

  var base = 100;
  var mixed = [];
  mixed[(base >> 1) & 63] = 'fifty';
  console.log('sparse', mixed[(base >> 1) & 63], mixed.length);

  try {
    var nothing = null;
    nothing[k & 1];
  } catch (e) {
    console.log('null receiver', e.name);
  }
  try {
    var undef;
    undef[k >>> 1];
  } catch (e) {
    console.log('undefined receiver', e.name);
  }
  console.log('primitive', (5)[k & 1], true[k | 0]);
}
run();
run();
