// A CSV parser (RFC 4180: quoted fields, doubled quotes, embedded commas and newlines, CRLF, a custom
// delimiter, trimming, typed columns) and an aggregator (group by, sum/avg/min/max/count, distinct,
// sorting by several keys, percentiles) that prints a fixed-width report.
function parseCsv(text, options) {
  options = options || {};
  var delimiter = options.delimiter || ',';
  var rows = [], row = [], field = '', i = 0, quoted = false, c;
  while (i < text.length) {
    c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field.trim() === '') { quoted = true; field = ''; i++; continue; }
    if (c === delimiter) { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (quoted) throw new SyntaxError('unterminated quoted field in row ' + (rows.length + 1));
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  var header = rows.shift().map(function (h) { return h.trim(); });
  var types = options.types || {};
  return rows.filter(function (r) { return r.length > 1 || r[0].trim() !== ''; }).map(function (r, n) {
    if (r.length !== header.length) throw new RangeError('row ' + (n + 2) + ' has ' + r.length + ' fields, expected ' + header.length);
    var o = {};
    header.forEach(function (h, j) {
      var v = options.trim === false ? r[j] : r[j].trim();
      if (types[h] === 'number') v = v === '' ? null : Number(v.replace(/[_,](?=\d{3})/g, ''));
      else if (types[h] === 'date') v = new Date(v + 'T00:00:00Z');
      else if (types[h] === 'bool') v = /^(true|yes|1)$/i.test(v);
      o[h] = v;
    });
    return o;
  });
}

function groupBy(rows, key) {
  var groups = new Map();
  rows.forEach(function (r) { var k = typeof key === 'function' ? key(r) : r[key]; if (!groups.has(k)) groups.set(k, []); groups.get(k).push(r); });
  return groups;
}
function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  var idx = (sorted.length - 1) * p, lo = Math.floor(idx), hi = Math.ceil(idx);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
}
function stats(values) {
  var nums = values.filter(function (v) { return typeof v === 'number' && !isNaN(v); }).sort(function (a, b) { return a - b; });
  var sum = nums.reduce(function (a, b) { return a + b; }, 0);
  return { count: nums.length, sum: sum, avg: nums.length ? sum / nums.length : NaN, min: nums[0], max: nums[nums.length - 1], p50: percentile(nums, 0.5), p90: percentile(nums, 0.9) };
}
function sortBy(rows, specs) {
  return rows.slice().sort(function (a, b) {
    for (var i = 0; i < specs.length; i++) {
      var k = specs[i].replace(/^-/, ''), dir = specs[i][0] === '-' ? -1 : 1;
      if (a[k] < b[k]) return -dir;
      if (a[k] > b[k]) return dir;
    }
    return 0;
  });
}
function pad(v, w, right) { var s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v); return right ? s.padStart(w) : s.padEnd(w); }

var csv = 'region,product , qty,price,date,returned\r\n' +
  'North,"Widget, large",3,"1,250.50",2024-01-05,no\r\n' +
  'South,Gadget,10,99.99,2024-01-07,yes\n' +
  'North,"Gizmo ""Pro""",1,499,2024-02-11,no\n' +
  'East,Widget,,12.5,2024-02-12,no\n' +
  ' West ,"Multi\nline",7,3.333,2024-03-01,true\n' +
  'South,Widget,2,12.5,2024-03-15,no\n' +
  'North,Gadget,4,99.99,2024-03-20,1\n' +
  '\n';
var rows = parseCsv(csv, { types: { qty: 'number', price: 'number', date: 'date', returned: 'bool' } });
console.log('rows', rows.length, JSON.stringify(rows[0]));
console.log('multiline product', JSON.stringify(rows[4].product), 'quoted', rows[2].product);
rows.forEach(function (r) { r.revenue = r.qty === null ? 0 : Math.round(r.qty * r.price * 100) / 100; r.month = r.date.toISOString().slice(0, 7); });

console.log(pad('region', 8) + pad('n', 3, true) + pad('revenue', 12, true) + pad('avg qty', 9, true) + pad('max', 10, true));
Array.from(groupBy(rows, 'region')).sort(function (a, b) { return a[0] < b[0] ? -1 : 1; }).forEach(function (entry) {
  var s = stats(entry[1].map(function (r) { return r.revenue; }));
  var q = stats(entry[1].map(function (r) { return r.qty; }));
  console.log(pad(entry[0], 8) + pad(s.count, 3, true) + pad(s.sum, 12, true) + pad(q.avg, 9, true) + pad(s.max, 10, true));
});
groupBy(rows, 'month').forEach(function (list, month) {
  var products = Array.from(new Set(list.map(function (r) { return r.product.split(/[ ,\n]/)[0]; }))).sort();
  console.log(month, list.length, products.join('/'), list.filter(function (r) { return r.returned; }).length + ' returned');
});
var all = stats(rows.map(function (r) { return r.revenue; }));
console.log(JSON.stringify(all, function (k, v) { return typeof v === 'number' ? Math.round(v * 100) / 100 : v; }));
console.log(sortBy(rows, ['region', '-revenue']).map(function (r) { return r.region + ':' + r.revenue; }).join(' '));
console.log(parseCsv('a;b\n1;"x;y"', { delimiter: ';' })[0].b);
['a,b\n"open,1', 'a,b\n1,2,3'].forEach(function (bad) { try { parseCsv(bad); } catch (e) { console.log(e.name, e.message); } });

// Writing CSV back: quote fields that need it, double embedded quotes, and check the round trip.
function toCsv(rows, columns) {
  function field(v) {
    var s = v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
    return /[",\r\n]|^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  return [columns.join(',')].concat(rows.map(function (r) { return columns.map(function (c) { return field(r[c]); }).join(','); })).join('\r\n');
}
var written = toCsv(rows, ['region', 'product', 'qty', 'price', 'date', 'returned']);
console.log(written.split('\r\n').length, JSON.stringify(written.split('\r\n')[3]));
var again = parseCsv(written, { types: { qty: 'number', price: 'number', date: 'date', returned: 'bool' } });
console.log('round trip equal', JSON.stringify(again) === JSON.stringify(rows.map(function (r) {
  return { region: r.region, product: r.product, qty: r.qty, price: r.price, date: r.date, returned: r.returned };
})));
