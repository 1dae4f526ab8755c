console.log(JSON.stringify('a,b,c,d'.split(',', 3)));
console.log(JSON.stringify('test'.split('', 2)));
console.log(JSON.stringify('a1b'.split(/(\d)/, 2)));
console.log(JSON.stringify(',a,'.split(',')));
console.log(JSON.stringify('aaa'.split('a')));
console.log(JSON.stringify('a b'.split(undefined)), JSON.stringify('a b'.split(undefined, 0)));
