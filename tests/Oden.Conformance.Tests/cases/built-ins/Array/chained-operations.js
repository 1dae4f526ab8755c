var data = [5, 3, 8, 1, 9, 2];
var r = data
  .filter(function (x) { return x > 2; })
  .map(function (x) { return x * 2; })
  .sort(function (a, b) { return a - b; })
  .slice(0, 3)
  .reverse()
  .join(' > ');
console.log(r);
console.log(data.join(','));
var words = 'the quick brown fox'.split(' ');
console.log(words.map(function (w) { return w.charAt(0).toUpperCase() + w.slice(1); }).join(' '));
