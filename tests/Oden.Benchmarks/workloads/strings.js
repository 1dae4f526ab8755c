// String building: += in a loop, join, and a few string methods on the result.
function run() {
  var s = '';
  for (var i = 0; i < 5000; i++) {
    s += 'item' + i + ';';
  }
  var parts = [];
  for (var j = 0; j < 2000; j++) {
    parts.push(String.fromCharCode(97 + (j % 26)) + j);
  }
  var joined = parts.join(',');
  return s.length + joined.length + s.charCodeAt(100) + joined.charCodeAt(50);
}
