function f(x) {
  var out = [];
  switch (x) {
    case 1: out.push('one');
    case 2: out.push('two');
    case 3: out.push('three'); break;
    case 4: out.push('four');
  }
  return out.join(',');
}
console.log(f(1));
console.log(f(2));
console.log(f(3));
console.log(f(4));
console.log(JSON.stringify(f(5)));
