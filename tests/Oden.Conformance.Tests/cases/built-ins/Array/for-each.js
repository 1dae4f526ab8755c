var out = [];
var r = ['a', 'b'].forEach(function (v, i, arr) { out.push(v + i + arr.length); });
console.log(out.join(','), r);
var ctx = { prefix: '>' };
['x'].forEach(function (v) { out.push(this.prefix + v); }, ctx);
console.log(out[2]);
var growing = [1, 2, 3];
var seen = [];
growing.forEach(function (v) { seen.push(v); if (growing.length < 6) growing.push(v * 10); });
console.log(seen.join(','), growing.length);
try { [1].forEach(); } catch (e) { console.log(e.name); }
