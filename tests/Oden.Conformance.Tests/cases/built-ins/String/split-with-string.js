console.log(JSON.stringify('a,b,c'.split(',')));
console.log(JSON.stringify('a,b,c'.split(',', 2)));
console.log(JSON.stringify('abc'.split('')));
console.log(JSON.stringify('abc'.split()));
console.log(JSON.stringify(''.split(',')), JSON.stringify(''.split('')));
console.log(JSON.stringify('a,,b,'.split(',')));
console.log(JSON.stringify('a--b--c'.split('--')));
console.log(JSON.stringify('abc'.split('abc')), JSON.stringify('abc'.split('x')));
console.log(JSON.stringify('a b c'.split(' ', 0)), JSON.stringify('1,2'.split(',', -1)));
