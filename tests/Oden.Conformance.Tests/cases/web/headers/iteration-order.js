// Iteration is sorted by lower-cased name, values combined, set-cookie kept separate.
const h = new Headers();
h.append('Zeta', '1');
h.append('alpha', 'a');
h.append('Set-Cookie', 'a=1');
h.append('Beta', 'b1');
h.append('set-cookie', 'b=2');
h.append('beta', 'b2');
h.append('X-Upper', 'X');
for (const pair of h) console.log(pair[0], '=', pair[1]);
console.log(Array.from(h.keys()).join());
console.log(Array.from(h.values()).join('|'));
console.log(JSON.stringify(Array.from(h.entries())));
const seen = [];
h.forEach(function (value, name, obj) { seen.push(name + ':' + value + ':' + (obj === h) + ':' + (this && this.tag)); }, { tag: 'T' });
console.log(seen.join(' '));
console.log(h[Symbol.iterator] === h.entries, Headers.prototype[Symbol.iterator] === Headers.prototype.entries);
