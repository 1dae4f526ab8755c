// Array methods: map/filter/reduce chains, sort with a comparator over objects, indexOf/includes,
// splice inserting and removing in the middle, slice and concat.
var base = [];
for (var i = 0; i < 2000; i++) base.push({ id: i, group: i % 17, value: (i * 7919) % 1000 });

function run() {
  var mapped = base.map(function (o) { return { id: o.id, score: o.value * 2 + o.group }; });
  var kept = mapped.filter(function (o) { return o.score % 3 !== 0; });
  var sum = kept.reduce(function (acc, o) { return acc + o.score; }, 0);
  var sorted = kept.slice().sort(function (a, b) { return a.score - b.score || a.id - b.id; });
  var ids = sorted.map(function (o) { return o.id; });
  var work = ids.slice(0, 500);
  for (var i = 0; i < 100; i++) {
    work.splice(i * 3, 2, i, -i, i * 2);
  }
  var found = 0;
  for (var j = 0; j < 200; j++) {
    if (work.indexOf(j * 5) !== -1) found++;
    if (work.includes(-j)) found++;
  }
  var joined = work.concat(ids.slice(-50)).reverse();
  return sum + sorted[0].id + sorted[sorted.length - 1].score + work.length + found + joined[0] + joined.length;
}
