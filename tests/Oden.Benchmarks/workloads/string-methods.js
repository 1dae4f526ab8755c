// String methods: split/join, replace with strings, padding, case changes, slicing and searching,
// and building rows with template literals.
var csv = [];
for (var i = 0; i < 400; i++) csv.push('id' + i + ',Name ' + i + ',  city-' + (i % 13) + '  ,' + (i * 3.5));
var input = csv.join('\n');

function run() {
  var rows = input.split('\n');
  var out = [];
  var width = 0;
  for (var i = 0; i < rows.length; i++) {
    var cells = rows[i].split(',');
    var name = cells[1].toUpperCase().replace('NAME', 'n');
    var city = cells[2].trim();
    var amount = cells[3].padStart(8, '0');
    var line = `${cells[0].padEnd(6, '.')}|${name}|${city.slice(0, 6)}|${amount}`;
    if (line.indexOf('city-1') !== -1 || line.startsWith('id1')) width += line.length;
    out.push(line);
  }
  var table = out.join('\n');
  var replaced = table.split('|').join(' ; ').replace('id', 'ID');
  return table.length + width + replaced.length + table.lastIndexOf('n') + replaced.charCodeAt(7);
}
