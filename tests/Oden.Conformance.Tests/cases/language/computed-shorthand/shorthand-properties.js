var a = 1, b = 'two', c = [3];
var o = { a, b, c };
console.log(JSON.stringify(o));
c.push(4);
console.log(o.c.length);
function make(x, y) { return { x, y }; }
console.log(JSON.stringify(make(5, 6)));
var undef;
console.log(Object.keys({ undef }).join(','), 'undef' in { undef });
