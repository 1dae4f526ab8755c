// Object spread of arrays, strings, functions and class-like instances.
console.log(JSON.stringify({ ...['a', 'b'] }), JSON.stringify({ ...'xy' }));
function fn() {}
fn.prop = 'fnprop';
console.log(JSON.stringify({ ...fn }));
function Point(x) { this.x = x; }
Point.prototype.method = function () {};
const spread = { ...new Point(1) };
console.log(JSON.stringify(spread), 'method' in spread);
console.log(JSON.stringify({ ...new Map([[1, 2]]) }), JSON.stringify({ ...new Date(0) }));
console.log(Object.keys({ ...[, 'hole'] }).join());
const withLength = { ...'abc' };
console.log('length' in withLength);
