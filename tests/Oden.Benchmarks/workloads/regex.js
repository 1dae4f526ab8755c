// Regular expressions: scan a log-like text with global exec loops, test, match with named groups,
// replace with patterns and a replacer function, and split on a pattern.
var lines = [];
for (var i = 0; i < 300; i++) {
  lines.push('2024-03-' + (10 + (i % 20)) + ' 12:' + (10 + (i % 50)) + ':05 [' + (i % 4 === 0 ? 'ERROR' : 'INFO') +
    '] user=' + (1000 + i) + ' path=/api/items/' + (i * 7) + '?q=a%20b took ' + (i % 97) + 'ms');
}
var text = lines.join('\n');

var entry = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):\d{2} \[(\w+)\] user=(\d+)/gm;
var named = /path=(?<path>\/[\w\/]+)\?(?<query>\S+)/;
var slow = /took (\d+)ms/;

function run() {
  var errors = 0, users = 0, m;
  entry.lastIndex = 0;
  while ((m = entry.exec(text)) !== null) {
    if (m[6] === 'ERROR') errors++;
    users += +m[7];
  }
  var paths = 0;
  var parts = text.split(/\n/);
  for (var i = 0; i < parts.length; i++) {
    var n = named.exec(parts[i]);
    if (n) paths += n.groups.path.length;
    if (slow.test(parts[i])) paths++;
  }
  var masked = text.replace(/user=(\d+)/g, 'user=<$1>').replace(/\d{4}-\d{2}-\d{2}/g, function (d) {
    return d.split('-').reverse().join('/');
  });
  var words = text.match(/[A-Z]{4,}/g).length;
  return errors + users + paths + masked.length + words;
}
