// o[k](args): the key is evaluated and converted (ToPropertyKey) and the method read before the
// arguments; a Proxy's get trap runs before the arguments too.
const log = [];
function arg(x) { log.push('arg ' + x); return x; }
function show(label) { console.log(label + ': ' + log.join(', ')); log.length = 0; }

const o = {
  get m() { log.push('get m'); return function (a) { log.push('call ' + a + ' this=o:' + (this === o)); }; },
};
const key = { toString() { log.push('key toString'); return 'm'; } };
o[key](arg(1));
show('computed key');

const prim = { [Symbol.toPrimitive](hint) { log.push('toPrimitive ' + hint); return 'm'; } };
o[prim](arg(2));
show('toPrimitive key');

o[(log.push('key expr'), 'm')](arg(3));
show('key expression');

const target = { m(a, b) { log.push('m ' + a + b + ' this=proxy:' + (this === proxy)); } };
const proxy = new Proxy(target, {
  get(t, k, r) { log.push('get trap ' + String(k)); return Reflect.get(t, k, r); },
});
proxy.m(arg('x'), arg('y'));
show('proxy get trap');
proxy['m'](arg('z'), arg('w'));
show('proxy get trap, computed');

// A Proxy in the prototype chain.
const child = Object.create(proxy);
child.m(arg(1), arg(2));
show('proxy as prototype');

// Symbols as keys.
const s = Symbol('s');
const withSymbol = { get [s]() { log.push('get symbol'); return () => log.push('called'); } };
withSymbol[s](arg(0));
show('symbol key');

// Array element as callee: this is the array.
const fns = [function (a) { log.push('elem ' + a + ' this=array:' + Array.isArray(this)); }];
fns[0](arg(9));
show('array element');

// Not callable: key, read, arguments, then TypeError.
try { ({ m: 'str' })[key](arg(5)); } catch (e) { log.push(e.constructor.name); }
show('computed, not callable');
try { null[key](arg(6)); } catch (e) { log.push(e.constructor.name); }
show('computed, null receiver');
