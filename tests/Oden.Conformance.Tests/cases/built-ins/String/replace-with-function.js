var r = 'a1b22c333'.replace(/\d+/g, function (m) { return '<' + m.length + '>'; });
console.log(r);
var calls = [];
'John Smith'.replace(/(\w)(\w+)/g, function (match, first, rest, offset, whole) {
  calls.push([match, first, rest, offset, whole].join('|'));
  return match;
});
console.log(calls.join('\n'));
console.log('hello world'.replace(/\b\w/g, function (c) { return c.toUpperCase(); }));
console.log('abc'.replace('b', function () { return '$&'; }));
console.log('a-b'.replace(/(x)?-/, function (m, g1) { return typeof g1; }));
