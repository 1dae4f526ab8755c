console.log(1 != '1', 1 !== '1', NaN != NaN, NaN !== NaN);
console.log(null != 0, undefined != null, [] != '', {} != '[object Object]');
console.log(0 != false, '' !== false);
var a = [1];
console.log(a != a, a !== a, a != '1', a !== '1');
