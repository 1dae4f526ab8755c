console.log('abc' === 'abc', 'abc' === 'ABC');
console.log('a' < 'b', 'a' < 'B', 'apple' < 'apricot');
console.log('10' > '9', 10 > 9);
console.log(['b', 'a', 'C', 'B'].sort().join(''));
console.log('é' > 'z');
console.log(new String('a') == 'a', new String('a') == new String('a'));
