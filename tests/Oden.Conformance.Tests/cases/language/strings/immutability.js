var s = 'abc';
var t = s;
t += 'd';
console.log(s, t);
var u = s.toUpperCase();
console.log(s, u);
var arr = s.split('');
arr[0] = 'X';
console.log(s, arr.join(''));
