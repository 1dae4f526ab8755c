var order = [];
var r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', function (k, v) {
  order.push(k === '' ? '(root)' : k);
  return typeof v === 'number' ? v * 100 : v;
});
console.log(JSON.stringify(r));
console.log(order.join(','));
var removed = JSON.parse('{"keep":1,"drop":2}', function (k, v) { return k === 'drop' ? undefined : v; });
console.log(JSON.stringify(removed), 'drop' in removed);
var rootReplaced = JSON.parse('[1]', function (k, v) { return k === '' ? 'root replaced' : v; });
console.log(rootReplaced);
