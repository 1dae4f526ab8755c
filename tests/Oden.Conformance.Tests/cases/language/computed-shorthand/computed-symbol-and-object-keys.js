var sym = Symbol('tag');
var obj = { toString: function () { return 'fromToString'; } };
var o = { [sym]: 'symbol value', [obj]: 'object key' };
console.log(o[sym], o.fromToString);
console.log(Object.keys(o).join(','));
console.log(JSON.stringify(o));
