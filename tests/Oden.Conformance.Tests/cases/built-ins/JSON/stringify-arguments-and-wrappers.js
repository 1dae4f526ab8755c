(function () { console.log(JSON.stringify(arguments)); })(1, 'a');
console.log(JSON.stringify({ date_like: { toJSON: function () { return '2000-01-01'; } } }));
console.log(JSON.stringify(Object.create(null)));
var bare = Object.create(null);
bare.x = [1];
console.log(JSON.stringify(bare));
console.log(JSON.stringify({ re: /abc/g, err: new Error('e') }));
