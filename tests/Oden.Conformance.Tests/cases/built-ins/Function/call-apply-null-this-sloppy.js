var g = (function () { return this; })();
function self() { return this; }
console.log(self.call(null) === g, self.apply(undefined) === g);
console.log(typeof self.call(42), self.call('x') instanceof String);
function args() { return Array.prototype.slice.call(arguments).join(','); }
console.log(args.call(null, 1, 2), args.apply(null, [3, 4]));
try { args.apply(null, 5); } catch (e) { console.log(e.name); }
console.log(JSON.stringify(args.apply(null, null)), args.apply(null, undefined) === '');
