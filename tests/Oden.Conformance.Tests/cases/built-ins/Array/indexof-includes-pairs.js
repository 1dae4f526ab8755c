// indexOf/includes over number arrays of every small length, with the match, a hole, a +0/-0, a string, an
// object, true/false and NaN at each position (the scan looks at two elements at a time), and lastIndexOf
// and fromIndex for comparison.
var fillers = [
  ['hole', undefined, true],
  ['zero', 0], ['negzero', -0], ['string', 'x'], ['object', {}], ['true', true], ['false', false],
  ['nan', NaN], ['null', null], ['undefined', undefined],
];
var out = [];
for (var len = 1; len <= 9; len++) {
  for (var at = 0; at < len; at++) {
    var base = [];
    for (var k = 0; k < len; k++) base.push(k * 2 + 3);
    var hit = base.slice();
    hit[at] = 1;
    var line = len + ':' + at + ' match ' + hit.indexOf(1) + ' ' + hit.includes(1) + ' ' + hit.indexOf(1, at) + ' ' + hit.indexOf(1, at + 1) + ' ' + hit.lastIndexOf(1);
    for (var f = 0; f < fillers.length; f++) {
      var a = base.slice();
      if (fillers[f][2]) delete a[at]; else a[at] = fillers[f][1];
      a.push(1);
      line += ' | ' + fillers[f][0] + ' ' + a.indexOf(1) + ' ' + a.includes(1) + ' ' + a.indexOf(0) + ' ' + a.includes(0) + ' ' + a.includes(NaN) + ' ' + a.indexOf(-0) + ' ' + a.includes(undefined);
    }
    out.push(line);
  }
}
console.log(out.join('\n'));

var holesFromProto = [5, , 7, , 9];
Array.prototype[3] = 1;
console.log(holesFromProto.indexOf(1), holesFromProto.includes(1), holesFromProto.indexOf(9));
delete Array.prototype[3];
var big = [];
for (var i = 0; i < 1001; i++) big.push(i + 0.5);
console.log(big.indexOf(1000.5), big.indexOf(999.5), big.includes(0.5), big.indexOf(1001.5), big.indexOf(500));
big[600] = 'mid';
console.log(big.indexOf(1000.5), big.indexOf(599.5), big.lastIndexOf(601.5));
