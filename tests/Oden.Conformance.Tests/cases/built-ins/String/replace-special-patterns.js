var s = 'one two three';
console.log(s.replace(/(\w+) (\w+)/, "[$']"));
console.log(s.replace(/two/, '[$`]'));
console.log(s.replace(/(o)/g, '$1$1'));
console.log(s.replace(/(t)(w)(o)/, '$3$2$1'));
console.log(s.replace(/two/, '$0 $4 $'));
console.log('abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11-$10-$1'));
