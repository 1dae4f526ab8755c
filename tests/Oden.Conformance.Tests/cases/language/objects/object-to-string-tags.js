var ts = Object.prototype.toString;
console.log(ts.call({}), ts.call([]), ts.call(null), ts.call(undefined));
console.log(ts.call(1), ts.call('s'), ts.call(true), ts.call(function () {}));
console.log(ts.call(/x/), ts.call(new Error('e')), ts.call(arguments));
console.log(ts.call(JSON), ts.call(Math));
