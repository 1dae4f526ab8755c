var a = {}, b = {}, c = a;
console.log(a === b, a === c, a == b);
c.x = 1;
console.log(a.x);
function mutate(o) { o.y = 2; o = { z: 3 }; return o; }
var r = mutate(a);
console.log(JSON.stringify(a), JSON.stringify(r));
console.log([] === [], [1] == [1]);
