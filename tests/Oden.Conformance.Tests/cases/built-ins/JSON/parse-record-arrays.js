// Arrays of records: the parser guesses each member name from the previous record, so names that differ
// from the guess only slightly (a prefix, an extension, an escape spelling the same name, another order,
// a duplicate, a missing or extra member, whitespace) must still come out right.
const text = '[' + [
  '{"id":1,"name":"a","qty":2}',
  '{"id":2,"name":"b","qty":3}',
  '{"idx":3,"name":"c","qty":4}',
  '{"i":4,"name":"d","qty":5}',
  '{"\\u0069d":5,"na\\u006de":"e","qty":6}',
  '{"name":"f","id":6,"qty":7}',
  '{"id":7,"id":8,"name":"g","qty":8}',
  '{"id":9,"name":"h"}',
  '{"id":10,"name":"i","qty":11,"extra":true}',
  '{ "id" : 11 , "name" : "j" , "qty" : 12 }',
  '{"id":12,"name":"k","qty":13}',
  '{}',
  '{"id":13,"name":{"id":14,"name":"nested"},"qty":15}',
  '{"":16,"name":"empty key","qty":17}',
  '{"id":18,"name":"l","qty":19}',
].join(',') + ']';
const records = JSON.parse(text);
for (const r of records) console.log(JSON.stringify(r), Object.keys(r).join('|'));
console.log(records.length, JSON.stringify(records) === JSON.stringify(JSON.parse(JSON.stringify(records))));
// Truncated and malformed names after a guessed one.
for (const bad of ['[{"id":1},{"id', '[{"id":1},{"id":}]', '[{"id":1},{"i"d":2}]', '[{"id":1},{id:2}]']) {
  try { JSON.parse(bad); console.log('parsed', bad); } catch (e) { console.log(e.name); }
}
