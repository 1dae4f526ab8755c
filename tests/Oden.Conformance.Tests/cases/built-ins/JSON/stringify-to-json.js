var o = {
  a: { toJSON: function (key) { return 'a-json(' + key + ')'; } },
  b: [{ toJSON: function (key) { return 'idx ' + key; } }],
  c: { toJSON: function () { return undefined; } }
};
console.log(JSON.stringify(o));
console.log(JSON.stringify({ toJSON: function () { return { replaced: 1 }; } }));
console.log(JSON.stringify({ toJSON: 'not a function', x: 1 }));
var withReplacer = JSON.stringify({ d: { toJSON: function () { return 5; } } }, function (k, v) { return k === 'd' ? v + 1 : v; });
console.log(withReplacer);
