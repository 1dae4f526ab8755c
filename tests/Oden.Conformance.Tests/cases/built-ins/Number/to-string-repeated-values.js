// Number::toString of values converted again and again (Oden keeps a direct-mapped cache of recent
// conversions): a repeat gives exactly the first result, values that share a cache entry replace each other
// without mixing up their strings, and special values (NaN with any payload, infinities, -0, integers
// beyond int32) keep their own texts.
var seed = 12345;
function next() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; }

var values = [];
var scales = [1e-20, 1e-7, 0.001, 1, 1000, 1e15, 1e21, 1e25];
for (var i = 0; i < 3000; i++) values.push(next() * scales[i % scales.length]);
values.push(0.1, 0.2, 0.1 + 0.2, -0.5, 1e21, 1e-7, 123456789012345680000, 2147483648, -2147483649,
  4294967296.5, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, Infinity, -Infinity, NaN, -0, 0.000001);

var first = values.map(function (v) { return String(v); });
var mismatches = 0;
for (var round = 0; round < 3; round++) {
  for (var j = 0; j < values.length; j++) {
    var again = round === 0 ? '' + values[j] : round === 1 ? `${values[j]}` : values[j].toString();
    if (again !== first[j]) mismatches++;
  }
}
console.log('mismatches', mismatches);

// Interleave two values so that any shared entry is overwritten between their reads.
var a = 0.3, b = 0.7, text = '';
for (var k = 0; k < 5; k++) text += a + ',' + b + ';';
console.log(text);

var hash = 0;
for (var m = 0; m < first.length; m++) {
  for (var c = 0; c < first[m].length; c++) hash = (Math.imul(hash, 31) + first[m].charCodeAt(c)) | 0;
}
console.log('hash', hash, 'count', first.length);
console.log(first.slice(0, 8).join(' '));
console.log(first.slice(-18).join(' '));
console.log(String(0 / 0), String(-0), String(9007199254740992), String(-2147483648.5));
