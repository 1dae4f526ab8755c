console.log('hello world'.search(/o/), 'hello'.search(/z/), 'abc'.search('c'));
console.log('aBc'.search(/b/i), 'x.y'.search('.'), 'x.y'.search(/\./));
var re = /o/g;
re.lastIndex = 5;
console.log('foo boo'.search(re), re.lastIndex);
