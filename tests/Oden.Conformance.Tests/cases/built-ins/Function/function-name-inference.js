var anon = function () {};
var arrow = () => {};
var o = { method: function () {}, short() {}, ['comp' + 'uted']: function () {} };
console.log(anon.name, arrow.name, o.method.name, o.short.name, o.computed.name);
var named = function realName() {};
console.log(named.name);
console.log((function () {}).name === '', (() => {}).name === '');
var g = { get prop() { return 1; } };
console.log(Object.getOwnPropertyDescriptor(g, 'prop').get.name);
