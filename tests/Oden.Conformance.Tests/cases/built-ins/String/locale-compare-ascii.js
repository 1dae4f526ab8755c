console.log('a'.localeCompare('b') < 0, 'b'.localeCompare('a') > 0, 'a'.localeCompare('a'));
console.log(['delta', 'alpha', 'charlie', 'bravo'].sort(function (x, y) { return x.localeCompare(y); }).join(','));
console.log('abc'.localeCompare('abcd') < 0, ''.localeCompare('') === 0);
console.log(typeof 'a'.localeCompare('b'), 'same'.localeCompare('same'));
console.log(['b', 'a', 'c'].sort(function (x, y) { return y.localeCompare(x); }).join(''));
