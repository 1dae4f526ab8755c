var out = [];
outer: for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 2) break outer;
    out.push(i + '' + j);
  }
}
console.log(out.join(' '));
console.log(i, j);
