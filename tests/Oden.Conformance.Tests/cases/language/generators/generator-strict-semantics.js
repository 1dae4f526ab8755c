// a generator's own name binding and its arguments object
const f = function* self() { yield typeof self; self = 'reassigned ignored in sloppy mode'; yield typeof self; };
console.log(Array.from(f()).join(','));
function* args() { yield arguments.length; yield Array.prototype.slice.call(arguments).join('+'); }
console.log(Array.from(args(1, 2, 3)).join(' | '));
function* callee() { yield typeof arguments.callee; }
console.log(callee().next().value);
