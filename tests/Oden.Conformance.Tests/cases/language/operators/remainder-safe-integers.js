// The % operator on integers beyond int32 (hash loops like `(h * 31 + c) % 1000000007`), at the edges of
// the safe-integer range, with negative and zero operands (the sign follows the dividend, -0 stays -0),
// fractions and non-finite values, and as a numeric local inside a loop.
function show(label, v) { console.log(label, Object.is(v, -0) ? '-0' : String(v)); }
var pairs = [
  [31000000217, 1000000007], [31000000218, 1000000007], [9007199254740991, 1000000007], [9007199254740992, 1000000007],
  [9007199254740993, 7], [4294967296, 4294967295], [4294967297, 2], [2147483648, 2147483647],
  [-31000000217, 1000000007], [31000000217, -1000000007], [0, 1000000007], [-0, 1000000007],
  [1e300, 1000000007], [123456789012.5, 1000], [5e15 + 0.5, 3], [2147483648, 0.5],
  [Infinity, 5], [5e10, Infinity], [NaN, 3], [5e10, NaN], [5e10, 0], [5e10, -0], [1e21, 7],
];
for (var i = 0; i < pairs.length; i++) show(pairs[i][0] + ' % ' + pairs[i][1], pairs[i][0] % pairs[i][1]);

var h = 7;
for (var k = 0; k < 10000; k++) h = (h * 31 + (k % 97)) % 1000000007;
show('hash', h);

var g = 1;
for (var m = 0; m < 200; m++) g = (g * 1103515245 + 12345) % 4294967296;
show('lcg', g);

var big = 9007199254740991;
show('max % 2', big % 2);
show('max % max', big % big);
show('max-1 % max', (big - 1) % big);
