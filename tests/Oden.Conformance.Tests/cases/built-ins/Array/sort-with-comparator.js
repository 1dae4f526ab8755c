var nums = [10, 9, 1, 100, 25, -3];
console.log(nums.sort(function (a, b) { return a - b; }).join(','));
console.log(nums.sort(function (a, b) { return b - a; }).join(','));
var words = ['pear', 'fig', 'banana', 'kiwi'];
console.log(words.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); }).join(','));
var r = nums.sort();
console.log(r === nums);
try { [2, 1].sort('not a function'); } catch (e) { console.log(e.name); }
