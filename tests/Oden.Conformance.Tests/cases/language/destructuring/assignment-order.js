// Evaluation order: a target's object and key are evaluated before the value it receives is read.
const log = [];
function obj(name) { log.push('obj ' + name); return { set p(v) { log.push('set ' + name + '=' + v); } }; }
function key(name) { log.push('key ' + name); return 'p'; }
const source = {
  get a() { log.push('get a'); return 1; },
  get b() { log.push('get b'); return 2; },
};
({ a: obj('x').p, b: obj('y')[key('k')] } = source);
console.log(log.join(' | '));
log.length = 0;
const iterable = {
  [Symbol.iterator]() {
    log.push('iterator');
    let i = 0;
    return { next() { log.push('next'); i++; return { value: i, done: i > 2 }; } };
  },
};
[obj('first').p, obj('second')[key('k2')]] = iterable;
console.log(log.join(' | '));
log.length = 0;
({ [key('computed')]: obj('c').p } = { p: 'v' });
console.log(log.join(' | '));
log.length = 0;
const defaults = { get d() { log.push('get d'); return undefined; } };
({ d: obj('d').p = (log.push('default'), 'dv') } = defaults);
console.log(log.join(' | '));
