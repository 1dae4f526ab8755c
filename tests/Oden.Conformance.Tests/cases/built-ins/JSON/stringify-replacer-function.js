var calls = [];
var r = JSON.stringify({ a: 1, b: { c: 2 } }, function (key, value) {
  calls.push(JSON.stringify(key) + ':' + typeof value + ':' + (this === undefined ? 'no this' : typeof this));
  return value;
});
console.log(r);
console.log(calls.join('\n'));
console.log(JSON.stringify({ a: 1, b: 'x', c: 3 }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.stringify({ a: 1, b: 2 }, function (k, v) { return k === 'a' ? undefined : v; }));
console.log(JSON.stringify([1, 2], function (k, v) { return k === '0' ? 'first' : v; }));
console.log(JSON.stringify(5, function (k, v) { return k === '' ? { replaced: v } : v; }));
