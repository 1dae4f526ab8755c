var out = [];
loop: for (var i = 0; i < 5; i++) {
  switch (i) {
    case 2: continue loop;
    case 4: break loop;
    default: out.push(i);
  }
}
console.log(out.join(','), i);
