// ^ under the m flag: matches start only at line starts (after \n, \r, \u2028, \u2029, or at 0), whatever
// the search position; exec loops with lastIndex inside a line, empty lines, a trailing terminator, and
// patterns whose top level alternates (only the first branch is anchored).
var text = 'alpha 1\nbeta 22\r\ngamma 333\u2028delta 4444\u2029\nepsilon\n\nzeta 7\n';
function all(re, s) {
  var out = [], m;
  re.lastIndex = 0;
  while ((m = re.exec(s)) !== null) {
    out.push(m.index + ':' + JSON.stringify(m[0]) + (m.length > 1 ? '/' + JSON.stringify(m.slice(1)) : ''));
    if (m[0] === '') re.lastIndex++;
  }
  return out.join(' ');
}
console.log(all(/^(\w+) (\d+)/gm, text));
console.log(all(/^\w*/gm, text));
console.log(all(/^$/gm, text));
console.log(all(/^e\w+|\d+$/gm, text));
console.log(all(/^(?:beta|zeta) \d/gm, text));
console.log(all(/^/gm, 'a\nb\n'));
console.log(all(/^\d/gm, '1a\n2b\r3c\u20284d\u2029x5e'));

var re = /^\w+/gm;
re.lastIndex = 3;
console.log(JSON.stringify(re.exec(text)), re.lastIndex);
re.lastIndex = 8;
console.log(JSON.stringify(re.exec(text)), re.lastIndex);
re.lastIndex = text.length;
console.log(re.exec(text), re.lastIndex);

var sticky = /^\w+/my;
sticky.lastIndex = 8;
console.log(JSON.stringify(sticky.exec(text)), sticky.lastIndex);
sticky.lastIndex = 9;
console.log(sticky.exec(text), sticky.lastIndex);

console.log(/^gamma/m.test(text), /^amma/m.test(text), /^delta/m.exec(text).index, text.search(/^eps/m));
console.log(JSON.stringify(text.match(/^\w+/gm)));
console.log(JSON.stringify(text.replace(/^(\w)/gm, '[$1]')));
console.log(JSON.stringify('x1\ny2\nz3'.split(/^y/m)));
console.log(JSON.stringify([...'k=1\nk=2\nq=3\nk=4'.matchAll(/^k=(\d)/gm)].map(function (m) { return m[1] + '@' + m.index; })));
var big = '';
for (var i = 0; i < 300; i++) big += (i % 4 === 0 ? 'ERR ' : 'ok ') + i + ' 2024-01-0' + (i % 9 + 1) + '\n';
var count = 0, sum = 0, m;
var entry = /^ERR (\d+) (\d{4})-(\d{2})-(\d{2})$/gm;
while ((m = entry.exec(big)) !== null) { count++; sum += +m[1] + +m[4]; }
console.log(count, sum, big.match(/^ok \d+/gm).length, big.replace(/^ok/gm, 'OK').split('OK').length);
console.log(/^b/mu.exec('a\n\ud83d\ude00\nb').index, /^\u{1F600}/mu.exec('a\n\u{1F600}').index);
