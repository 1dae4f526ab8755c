var grid = [];
for (var r = 0; r < 3; r++) {
  grid[r] = [];
  for (var c = 0; c < 3; c++) grid[r][c] = r * 3 + c;
}
console.log(JSON.stringify(grid));
var t = grid[0].map(function (_, c) { return grid.map(function (row) { return row[c]; }); });
console.log(JSON.stringify(t));
