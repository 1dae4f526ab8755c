console.log('50% off');
console.log('%');
console.log('%x unknown', 1);
console.log(5, '%s', 'not formatted because first arg is not a string');
console.log('%%', 'x');
