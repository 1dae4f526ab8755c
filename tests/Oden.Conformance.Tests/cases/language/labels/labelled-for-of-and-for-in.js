var out = [];
rows: for (var row of [[1, 2, 3], [4, 5, 6], [7, 8, 9]]) {
  for (var v of row) {
    if (v % 2 === 0) continue rows;
    if (v > 6) break rows;
    out.push(v);
  }
}
console.log(out.join(','));
var keys = [];
obj: for (var k in { a: 1, b: 2, c: 3 }) {
  for (var m in { x: 1, y: 2 }) {
    if (k === 'b') continue obj;
    keys.push(k + m);
    break;
  }
}
console.log(keys.join(','));
