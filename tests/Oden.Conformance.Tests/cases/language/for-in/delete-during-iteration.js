var o = { a: 1, b: 2, c: 3, d: 4 };
var visited = [];
for (var k in o) {
  visited.push(k);
  if (k === 'a') { delete o.c; }
}
console.log(visited.join(','));
console.log(Object.keys(o).join(','));
