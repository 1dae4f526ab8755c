var values = [null, undefined, 0, '', '0', false, NaN, [], {}, '1', 1, true];
var names = ['null', 'undef', '0', "''", "'0'", 'false', 'NaN', '[]', '{}', "'1'", '1', 'true'];
for (var i = 0; i < values.length; i++) {
  var row = [];
  for (var j = 0; j < values.length; j++) row.push(values[i] == values[j] ? 'T' : '.');
  console.log(row.join(''), names[i]);
}
