// JSON.parse builds objects of the same structure by replaying shape transitions: records with the same
// members in the same and in different orders, repeated keys, index-like and escaped member names,
// "__proto__", nesting, wide objects (dictionary mode), and the results' key order and attributes.
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));
const text = JSON.stringify(Array.from({ length: 6 }, (_, i) => ({ id: i, name: 'n' + i, tags: ['a', i], sub: { x: i, y: [i] } })));
const rows = JSON.parse(text);
log(rows.length, rows.map((r) => Object.keys(r).join()), rows[5].sub, rows[3].tags);

// Same members, other orders; a member missing; an extra member; repeated keys keep the first position.
const mixed = JSON.parse('[{"a":1,"b":2,"c":3},{"b":1,"a":2,"c":3},{"a":1,"c":3},{"a":1,"b":2,"c":3,"d":4},{"a":1,"b":2,"a":5,"c":3},{"a":1,"b":2,"c":3}]');
log(mixed.map((o) => Object.keys(o).join() + '=' + Object.values(o).join()));

// Index-like names go to elements (ascending first), escaped names equal plain ones, __proto__ is own.
const odd = JSON.parse('[{"2":"two","b":1,"0":"zero","\\u0062x":2,"1":"one"},{"2":"two","b":1,"0":"zero","bx":2,"1":"one"}]');
log(odd.map((o) => Object.keys(o).join()), odd[0].bx, odd[1]['bx']);
const proto = JSON.parse('[{"__proto__":{"x":1},"y":2},{"__proto__":null,"y":3}]');
log(proto.map((o) => [Object.keys(o), Object.getPrototypeOf(o) === Object.prototype, o.x, o.__proto__]));

// Wide objects (past 128 members the object is a dictionary) and the same wide object twice.
const wide = '{' + Array.from({ length: 140 }, (_, i) => `"k${i}":${i}`).join(',') + '}';
const ws = JSON.parse('[' + wide + ',' + wide + ']');
log(Object.keys(ws[1]).length, ws[0].k139, ws[1].k0, Object.keys(ws[1]).slice(125, 130));

// Attributes of parsed members, extensibility, and mutation afterwards.
const one = JSON.parse('{"p":1,"q":{"r":2}}');
log(Object.getOwnPropertyDescriptor(one, 'p'), Object.isExtensible(one));
one.s = 3;
delete one.p;
log(one, JSON.parse('{"p":1,"q":{"r":2}}'));

// Empty objects and arrays, deep nesting, and the same names at different depths.
log(JSON.parse('{"a":{},"b":[],"c":[{}],"d":{"a":{"a":{"a":1}}}}'), JSON.parse('[[{"v":1}],[{"v":2,"w":3}],[{"w":4,"v":5}]]'));
