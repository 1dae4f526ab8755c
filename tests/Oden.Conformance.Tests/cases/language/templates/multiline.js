var t = `line 1
line 2
  indented`;
console.log(t);
console.log(t.split('\n').length);
