var x = 'outer';
switch (1) {
  case 0:
    let x = 'inner';
  case 1:
    try { console.log(x); } catch (e) { console.log(e.name); }
}
console.log(x);
switch (2) {
  case 2: {
    let y = 'block';
    console.log(y);
  }
}
