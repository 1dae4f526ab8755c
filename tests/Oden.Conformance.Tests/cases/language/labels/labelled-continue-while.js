var i = 0, out = [];
loop1: while (i < 3) {
  i++;
  var j = 0;
  loop2: while (j < 3) {
    j++;
    if (j === 2) continue loop1;
    out.push(i + ':' + j);
  }
}
console.log(out.join(' '));
