// EvaluateCall: the callee reference is evaluated (GetValue) before the arguments, and
// the IsCallable check comes after them.
const log = [];
function arg(x) { log.push('arg ' + x); return x; }
function show(label) { console.log(label + ': ' + log.join(', ')); log.length = 0; }

const o = {
  get m() { log.push('get m'); return function (a, b) { log.push('call ' + a + ',' + b + ' this=o:' + (this === o)); }; },
};
o.m(arg(1), arg(2));
show('getter');

o.m();
show('getter, no arguments');

o.m(arg(1), arg(2), arg(3), arg(4), arg(5));
show('getter, five arguments');

const args = { *[Symbol.iterator]() { log.push('iterate'); yield 7; } };
o.m(...args);
show('getter, spread');

// The function read before the arguments is the one called, even if an argument replaces it.
const p = { m() { log.push('old m'); } };
p.m((p.m = function () { log.push('new m'); }, arg(0)));
show('replaced during arguments');

// A non-callable value: the arguments still run, then the TypeError.
const q = { get m() { log.push('get m'); return 42; } };
try { q.m(arg(1)); } catch (e) { log.push(e.constructor.name); }
show('not callable');

// undefined/null receiver: TypeError at the property read, before the arguments.
try { undefined.m(arg(1)); } catch (e) { log.push(e.constructor.name); }
try { let n = null; n.m(arg(2)); } catch (e) { log.push(e.constructor.name); }
show('nullish receiver');

// A throwing getter: the arguments never run.
const t = { get m() { log.push('get m'); throw new RangeError('x'); } };
try { t.m(arg(1)); } catch (e) { log.push(e.constructor.name); }
show('throwing getter');

// Primitive receivers: the getter sees the primitive as this.
Object.defineProperty(String.prototype, 'shout', {
  configurable: true,
  get() { log.push('get shout on ' + typeof this); return function (x) { log.push('shout ' + this + x); }; },
});
'hi'.shout(arg('!'));
show('string primitive');
Object.defineProperty(Number.prototype, 'twice', {
  configurable: true,
  get() { log.push('get twice'); return function () { log.push('twice ' + this * 2); }; },
});
(21).twice(arg(0));
show('number primitive');
delete String.prototype.shout;
delete Number.prototype.twice;

// A method reached through the prototype chain, with a getter on the prototype.
class Base { get m() { log.push('get Base#m'); return function (a) { log.push('call ' + a); }; } }
class Derived extends Base {}
new Derived().m(arg('d'));
show('inherited getter');

// Tagged template on a member: the tag is read before the substitutions.
const tags = { get tag() { log.push('get tag'); return (strings, ...values) => log.push('tag ' + values.join('|')); } };
tags.tag`a${arg(1)}b${arg(2)}`;
show('tagged template');
