var a = { level: 'a', onlyA: 1 };
var b = Object.create(a); b.level = 'b';
var c = Object.create(b); c.level = 'c';
var d = Object.create(c);
console.log(d.level, d.onlyA);
var chain = [], p = d;
while (p) { chain.push(p.hasOwnProperty('level') ? p.level : '-'); p = Object.getPrototypeOf(p); }
console.log(chain.join(' -> '));
