console.log(1 != '1', 1 !== '1', NaN != NaN, NaN !== NaN);
console.log(null != 0, undefined != null, [] != '', {} != '[object Object]');
console.log(0 != false, '' !== false);
