function f(x) {
  var out = [];
  switch (x) {
    case 1: out.push('one');
    default: out.push('default');
    case 2: out.push('two'); break;
    case 3: out.push('three');
  }
  return out.join(',');
}
console.log(f(1));
console.log(f(2));
console.log(f(3));
console.log(f(99));
