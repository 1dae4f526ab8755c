function f(x) {
  switch (x) {
    case 1: return 'number 1';
    case '1': return 'string 1';
    case true: return 'true';
    case null: return 'null';
    case undefined: return 'undefined';
    case NaN: return 'NaN';
    default: return 'default';
  }
}
console.log(f(1), '|', f('1'), '|', f(true), '|', f(null), '|', f(undefined), '|', f(NaN), '|', f(0));
switch (-0) { case 0: console.log('-0 matches 0'); }
