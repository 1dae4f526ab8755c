var root = {};
var cur = root;
for (var i = 0; i < 10; i++) { cur.next = { depth: i }; cur = cur.next; }
var d = 0, p = root;
while (p.next) { p = p.next; d++; }
console.log(d, p.depth);
console.log(root.next.next.next.depth);
