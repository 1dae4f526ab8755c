var re = /(\w)(\d)/g;
var s = 'a1 b2 c3';
var m, out = [];
while ((m = re.exec(s)) !== null) {
  out.push(m[0] + '@' + m.index + '/' + re.lastIndex + ':' + m[1] + m[2]);
}
console.log(out.join(' '));
console.log(re.lastIndex);
var nonGlobal = /\d/;
nonGlobal.lastIndex = 5;
console.log(nonGlobal.exec('1 2')[0], nonGlobal.lastIndex);
