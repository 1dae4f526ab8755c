var s = 'abcabc';
console.log(s.indexOf('b'), s.indexOf('b', 2), s.indexOf('z'), s.indexOf(''), s.indexOf('', 10));
console.log(s.lastIndexOf('b'), s.lastIndexOf('b', 3), s.lastIndexOf('c', 0), s.lastIndexOf(''));
console.log(s.indexOf('abc', -5), s.lastIndexOf('abc', 100), s.indexOf('bca'));
console.log('aaa'.indexOf('aa', 1), 'aaa'.lastIndexOf('aa'));
console.log('undefined'.indexOf(), 'null here'.indexOf(null));
