var s = 'hello';
var rev = '';
for (var i = s.length - 1; i >= 0; i--) rev += s[i];
console.log(rev);
var counts = {};
for (var j = 0; j < 'mississippi'.length; j++) {
  var c = 'mississippi'.charAt(j);
  counts[c] = (counts[c] || 0) + 1;
}
console.log(JSON.stringify(counts));
var isPal = function (w) { return w === w.split('').reverse().join(''); };
console.log(isPal('racecar'), isPal('abc'));
