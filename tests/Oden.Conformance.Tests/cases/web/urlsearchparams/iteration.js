// Iterators and forEach; iteration sees changes made during it.
const p = new URLSearchParams('a=1&b=2&c=3');
console.log(JSON.stringify(Array.from(p.keys())), JSON.stringify(Array.from(p.values())), JSON.stringify(Array.from(p.entries())));
for (const pair of p) console.log(pair[0], pair[1]);
const it = p.entries();
console.log(JSON.stringify(it.next()));
p.append('d', '4');
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
const seen = [];
p.forEach(function (v, k, obj) { seen.push(k + v + (obj === p) + this.t); }, { t: '!' });
console.log(seen.join(' '));
console.log(Object.prototype.toString.call(p.keys()), p[Symbol.iterator] === p.entries);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(p.keys())) === Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
