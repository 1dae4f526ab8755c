// JSON: stringify a realistic API document (nested objects, arrays, strings with escapes, numbers),
// parse it back, parse with a reviver, and stringify with indentation and a replacer list.
function makeDocument() {
  var users = [];
  for (var i = 0; i < 60; i++) {
    users.push({
      id: i,
      name: 'User "' + i + '"',
      email: 'user' + i + '@example.com',
      active: i % 3 !== 0,
      score: i * 1.25 - 7.5,
      tags: ['t' + (i % 5), 'group-' + (i % 7), 'line\nbreak'],
      address: { street: i + ' Main St', city: 'City ' + (i % 10), zip: String(10000 + i * 37) },
      history: [{ at: 1700000000000 + i * 1000, kind: 'login' }, { at: 1700000500000 + i, kind: 'logout', note: null }]
    });
  }
  return { version: 3, generated: '2024-01-01T00:00:00.000Z', users: users, meta: { count: users.length, next: null } };
}

var doc = makeDocument();

function run() {
  var text = JSON.stringify(doc);
  var back = JSON.parse(text);
  var revived = JSON.parse(text, function (key, value) {
    return key === 'score' ? Math.round(value) : value;
  });
  var pretty = JSON.stringify(back.users.slice(0, 10), ['id', 'name', 'address', 'city'], 2);
  var total = 0;
  for (var i = 0; i < revived.users.length; i++) total += revived.users[i].score;
  return text.length + pretty.length + total + back.users[59].history[1].at;
}
