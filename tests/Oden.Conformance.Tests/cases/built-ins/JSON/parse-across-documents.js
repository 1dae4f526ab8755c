// The realm's parser keeps member names and shape transitions from one JSON.parse to the next: documents of
// one structure, then the same names in another order, escaped names, duplicates, a syntax error in the
// middle of an array, and more distinct names than the parser keeps, each followed by a clean parse.
function show(label, v) { console.log(label, JSON.stringify(v), Object.keys(v[0] || v).join(',')); }

var body = '{"items":[{"id":"a","qty":1,"price":2.5},{"id":"b","qty":0,"price":1}],"user":"ada"}';
for (var i = 0; i < 3; i++) {
  var doc = JSON.parse(body);
  show('same ' + i, doc.items);
  console.log(doc.user, doc.items.length, Object.keys(doc).join(','));
}

show('reordered', JSON.parse('[{"price":3,"id":"c","qty":2},{"qty":5,"price":1,"id":"d"}]'));
show('prefix', JSON.parse('[{"id":"e"},{"id":"f","qty":1}]'));
show('longer', JSON.parse('[{"id":"g","qty":1,"price":2,"extra":true}]'));
show('escaped', JSON.parse('[{"\\u0069d":"h","q\\u0074y":7}]'));
show('duplicate', JSON.parse('[{"id":"i","qty":1,"id":"j"}]'));
show('proto key', JSON.parse('[{"__proto__":1,"id":"k"}]'));
console.log(Object.getPrototypeOf(JSON.parse('{"__proto__":null}')) === Object.prototype);
show('index keys', JSON.parse('[{"1":"x","0":"y","id":"z"}]'));

try {
  JSON.parse('{"items":[{"id":"a","qty":1},{"id":"b",');
} catch (e) {
  console.log('error', e.name);
}
try {
  JSON.parse('[[1,2,[3,4,');
} catch (e) {
  console.log('error', e.name);
}
show('after errors', JSON.parse(body).items);
console.log(JSON.stringify(JSON.parse('[[1,2],[3,[4,5]],[]]')));

// More distinct names than the parser keeps between documents.
var many = {};
for (var k = 0; k < 600; k++) many['key' + k] = k;
var text = JSON.stringify([many, many]);
var parsed = JSON.parse(text);
console.log(Object.keys(parsed[1]).length, parsed[0].key0, parsed[1].key599, Object.keys(parsed[0])[300]);
show('after many', JSON.parse(body).items);
var parsedAgain = JSON.parse(text);
console.log(JSON.stringify(parsedAgain) === text);

// A reviver may parse another document while the first one's values are being revived.
var nested = JSON.parse('{"a":"[{\\"id\\":1}]","b":2}', function (key, value) {
  return key === 'a' ? JSON.parse(value) : value;
});
console.log(JSON.stringify(nested));

// Long member names (not kept between documents) and a document with many elements, then a small one.
var longName = 'k'.repeat(200);
var longText = '[{"' + longName + '":1,"id":"a"},{"' + longName + '":2,"id":"b"}]';
for (var r = 0; r < 2; r++) {
  var longDoc = JSON.parse(longText);
  console.log('long', longDoc.length, longDoc[1][longName], Object.keys(longDoc[0])[0].length, Object.keys(longDoc[1]).join(',').length);
}
var wide = JSON.parse('[' + new Array(10000).fill('[1,2]').join(',') + ']');
console.log('wide', wide.length, wide[9999][1], JSON.stringify(JSON.parse('[[3],[4,5]]')));
